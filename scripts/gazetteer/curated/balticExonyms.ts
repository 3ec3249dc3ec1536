// Lithuanian and Latvian names of neighbouring towns where they are not what the rules generate: Lithuanian
// historical names of Belarusian towns (Lyda, Naugardukas, Smurgainys, Ašmena, Astravas), Lithuanian and Latvian
// forms of Polish towns (Ščecinas / Ščecina, Bydgoščius / Bidgoša), the Latvian forms of Lithuanian towns and the
// Lithuanian forms of Latvian ones (Šauļi for Šiauliai, Liepoja for Liepāja), and Lithuanian/Latvian exonyms of a
// few Russian towns (Didysis Naugardas, Ņižņijnovgoroda, Tilžė for Sovetsk).
//
// Format as in cityNames.ts; a curated form replaces the generated one for that language. Lithuanian news also write
// Polish towns in the original spelling, which follows as the second form; Latvian spelling adapts every foreign name.
//
// Sources: the towns' Lithuanian and Latvian Wikipedia article titles, the recommendations of the State Commission of
// the Lithuanian Language (VLKK) for foreign place names and of the Latvian State Language Centre (VVC) on
// transcribing Polish and Lithuanian names, and Lithuanian usage of historical names of Belarusian towns.
import type { CuratedCity } from './cityNames';

export const BALTIC_EXONYMS: CuratedCity[] = [
  // ── Belarus in Lithuanian (and Latvian) ──
  { key: 'BY:Lida', lt: 'Lyda' },
  { key: 'BY:Novogrudok', lt: 'Naugardukas' },
  { key: 'BY:Smarhon’', lt: 'Smurgainys' },
  { key: 'BY:Volkovysk', lt: 'Valkaviskas' },
  { key: 'BY:Pastavy', lt: 'Pastovys' },
  { key: 'BY:Vilyeyka', lt: 'Vileika' },
  { key: 'BY:Mazyr', lt: 'Mozyrius' },
  { key: 'BY:Hlybokaye', lt: 'Glubokas' },
  { key: 'BY:Ashmyany', lt: 'Ašmena' },
  { key: 'BY:Astravyets', lt: 'Astravas' },
  { key: 'BY:Braslaw', lt: 'Breslauja', lv: 'Braslava' },
  // ── Poland in Lithuanian and Latvian ──
  { key: 'PL:Szczecin', lt: 'Ščecinas|Szczecin', lv: 'Ščecina|Szczecin' },
  { key: 'PL:Bydgoszcz', lt: 'Bydgoščius|Bydgoszcz', lv: 'Bidgoša|Bydgoszcz' },
  { key: 'PL:Katowice', lt: 'Katovicai|Katowice', lv: 'Katovice|Katowice' },
  { key: 'PL:Gdynia', lt: 'Gdynė|Gdynia', lv: 'Gdiņa|Gdynia' },
  { key: 'PL:Częstochowa', lt: 'Čenstakava|Częstochowa', lv: 'Čenstohova|Częstochowa' },
  { key: 'PL:Toruń', lt: 'Torunė|Toruń', lv: 'Toruņa|Toruń' },
  { key: 'PL:Kielce', lt: 'Kelcai|Kielce', lv: 'Kelce|Kielce' },
  { key: 'PL:Radom', lt: 'Radomas|Radom', lv: 'Radoma|Radom' },
  { key: 'PL:Olsztyn', lt: 'Olštynas|Olsztyn', lv: 'Olština|Olsztyn' },
  { key: 'PL:Opole', lt: 'Opolė|Opole' },
  { key: 'PL:Elbląg', lt: 'Elblongas|Elbląg' },
  { key: 'PL:Płock', lt: 'Plockas|Płock' },
  { key: 'PL:Augustów', lt: 'Augustavas|Augustów' },
  { key: 'PL:Ełk', lt: 'Elkas|Ełk' },
  { key: 'PL:Łomża', lt: 'Lomža|Łomża' },
  { key: 'PL:Sopot', lt: 'Sopotas|Sopot', lv: 'Sopota|Sopot' },
  { key: 'PL:Malbork', lt: 'Malborkas|Malbork' },
  { key: 'PL:Oświęcim', lt: 'Osvencimas|Oświęcim', lv: 'Osvencima|Oświęcim' },
  // ── Lithuania in Latvian ──
  { key: 'LT:Šiauliai', lv: 'Šauļi' },
  { key: 'LT:Panevėžys', lv: 'Paņevēža|Paņeveža' },
  { key: 'LT:Alytus', lv: 'Alīta' },
  { key: 'LT:Marijampolė', lv: 'Marijampole' },
  { key: 'LT:Mazeikiai', lv: 'Mažeiķi' },
  { key: 'LT:Kėdainiai', lv: 'Ķēdaiņi' },
  { key: 'LT:Telsiai', lv: 'Telši' },
  { key: 'LT:Taurage', lv: 'Tauraģe' },
  { key: 'LT:Ukmerge', lv: 'Ukmerģe' },
  { key: 'LT:Plunge', lv: 'Plunģe' },
  { key: 'LT:Silute', lv: 'Šilute' },
  { key: 'LT:Radviliskis', lv: 'Radvilišķi' },
  { key: 'LT:Visaginas', lv: 'Visagina' },
  // ── Latvia and Estonia in Lithuanian (and Estonia in Latvian) ──
  { key: 'LV:Liepāja', lt: 'Liepoja' },
  { key: 'LV:Ventspils', lt: 'Ventspilis' },
  { key: 'LV:Rēzekne', lt: 'Rėzeknė' },
  { key: 'LV:Jēkabpils', lt: 'Jėkabpilis' },
  { key: 'LV:Ogre', lt: 'Ogrė' },
  { key: 'EE:Pärnu', lt: 'Pernu', lv: 'Pērnava' },
  { key: 'EE:Viljandi', lt: 'Viljandis', lv: 'Vīlande' },
  { key: 'EE:Kohtla-Järve', lv: 'Kohtla-Jerve' },
  // ── Russia ──
  { key: 'RU:Velikiy Novgorod', lt: 'Didysis Naugardas|Velikij Novgorodas' },
  { key: 'RU:Nizhniy Novgorod', lv: 'Ņižņijnovgoroda|Ņižņij Novgoroda' },
  { key: 'RU:Sochi', lt: 'Sočis' },
  { key: 'RU:Sovetsk', lt: 'Sovetskas|Tilžė' },
  { key: 'RU:Chernyakhovsk', lt: 'Černiachovskas|Įsrūtis' },
  { key: 'RU:Baltiysk', lt: 'Baltijskas|Piliava' },
  { key: 'RU:Gusev', lt: 'Gusevas|Gumbinė' },
];
