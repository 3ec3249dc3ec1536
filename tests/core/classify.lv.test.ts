// Latvian event cues on invented sentences: the whole family of each cue (aspects, tenses, nouns, participles),
// interceptions and damage as strikes, postpositional "in the area of", the hypothetical, and words that look like
// cues but are not (a press conference, a school).
import { describe, expect, test } from 'vitest';
import { classify, classifyWith, summary } from './classifyHelpers';

const KYIV = 'city:703448';
const KHARKIV = 'city:706483';
const ODESA = 'city:698740';
const LVIV = 'city:702550';
const VILNIUS = 'city:593116';
const RIGA = 'city:456172';
const TALLINN = 'city:588409';
const WARSAW = 'city:756135';
const BRUSSELS = 'city:2800866';
const BREST = 'city:629634';
const GOMEL = 'city:627907';
const ODESA_OBLAST = 'region:UA-51';
const GRODNO_REGION = 'region:BY-HR';
const VITEBSK_REGION = 'region:BY-VI';

const cases = (rows: readonly (readonly [string, Record<string, string>, string])[]) =>
  test.each(rows)('%s', (text, places, expected) => {
    expect(summary(classify('lv', text, places)).join(' ')).toBe(expected);
  });

describe('Latvian strikes: verbs of every tense, interceptions, debris and damage', () => {
  cases([
    ['Krievija naktī atkal uzbrūk Odesai ar droniem.', { Odesai: ODESA }, `strike@${ODESA}`],
    ['Pretgaisa aizsardzība pārtvēra raķetes virs Kijivas.', { Kijivas: KYIV }, `strike@${KYIV}`],
    // Air defence at work over a place is an interception there.
    ['Pretgaisa aizsardzība naktī darbojās arī virs Odesas apgabala.', { 'Odesas apgabala': ODESA_OBLAST }, `strike@${ODESA_OBLAST}`],
    ['Virs Ļvivas strādāja pretgaisa aizsardzība.', { Ļvivas: LVIV }, `strike@${LVIV}`],
    // A genitive after a preposition of place, with the verb right after it, is the scene, not a qualifier.
    ['Virs Kijivas notrieca dronus.', { Kijivas: KYIV }, `strike@${KYIV}`],
    // "in Kyiv's Darnytsia district": the town's genitive before a district in the locative is the scene.
    ['Krievijas droni trāpīja dzīvojamai mājai Kijivas Darnicas rajonā.', { Kijivas: KYIV, Krievijas: 'country:RU' }, `strike@${KYIV}`],
    ['Iznīcinātāji virs Polijas notrieca vairākus Krievijas dronus.', { Polijas: 'country:PL', Krievijas: 'country:RU' }, 'strike@country:PL'],
    ['Pretgaisa aizsardzība iznīcināja 14 dronus virs Odesas apgabala.', { 'Odesas apgabala': ODESA_OBLAST }, `strike@${ODESA_OBLAST}`],
    ['Ļvivā atlūzas sabojāja noliktavu.', { Ļvivā: LVIV }, `strike@${LVIV}`],
    ['Harkivā bojātas vairākas dzīvojamās mājas.', { Harkivā: KHARKIV }, `strike@${KHARKIV}`],
    ['Drons ietriecās daudzstāvu ēkā Kijivā.', { Kijivā: KYIV }, `strike@${KYIV}`],
    // A power cut is told as the consequence of an attack, where it happens; one only feared is not.
    ['Kijivā 200 tūkstoši māju palika bez elektrības.', { Kijivā: KYIV }, `strike@${KYIV}`],
    ['Ziemā Latvijā daudzi varētu palikt bez elektrības.', { Latvijā: 'country:LV' }, ''],
  ]);
});

describe('Latvian meetings: gatherings, signing ceremonies, arrivals', () => {
  cases([
    // A name that does not decline stands in the locative as it is.
    ['Iepriekšējā ministru tikšanās notika septembra beigās Oslo.', { Oslo: 'city:3143244' }, 'meeting@city:3143244'],
    ['Baltkrievijas un Krievijas bruņoto spēku mācības sākušās Vitebskas apgabalā.', { Baltkrievijas: 'country:BY', Krievijas: 'country:RU', 'Vitebskas apgabalā': 'region:BY-VI' }, 'exercise@region:BY-VI'],
    ['Eiropas līderi sapulcējās Kopenhāgenā.', { Kopenhāgenā: 'city:2618425' }, 'meeting@city:2618425'],
    ['Baltijas valstu premjerministri pulcējās Tallinā.', { Tallinā: TALLINN }, `meeting@${TALLINN}`],
    ['Aizsardzības ministri sanāca Briselē.', { Briselē: BRUSSELS }, `meeting@${BRUSSELS}`],
    ['Ārlietu ministri Rīgā parakstīja vienošanos par sadarbību.', { Rīgā: RIGA }, `meeting@${RIGA}`],
    ['Prezidents rīt ierodas Viļņā.', { Viļņā: VILNIUS }, `meeting@${VILNIUS}`],
    // The visitor's country, in the genitive (ASV does not decline), is not where the visit is.
    ['Uz Viļņu ieradās ASV valsts sekretārs.', { Viļņu: VILNIUS, ASV: 'country:US' }, `meeting@${VILNIUS}`],
    ['Abu valstu prezidenti apsprieda drošības jautājumus Varšavā.', { Varšavā: WARSAW }, `meeting@${WARSAW}`],
    // "about" takes the accusative: the place in the locative after its object is where the talks are;
    // the situation in a country is the topic, not the scene.
    ['Sarunas par pamieru notika Stambulā.', { Stambulā: 'city:745044' }, 'meeting@city:745044'],
    ['Ministri apsprieda situāciju Ukrainā.', { Ukrainā: 'country:UA' }, ''],
    // A press conference is no meeting, and a signed decree is no signing ceremony.
    ['Preses konferencē Rīgā ministrs atbildēja uz žurnālistu jautājumiem.', { Rīgā: RIGA }, ''],
    ['Prezidents Rīgā parakstīja rīkojumu.', { Rīgā: RIGA }, ''],
    // A phone call happens nowhere: no meeting where the talk was about.
    ['Prezidenti tikās Viļņā. Vēlāk prezidents telefonsarunā ar Zelenski apsprieda situāciju Kijivā.', { Viļņā: VILNIUS, Kijivā: KYIV }, `meeting@${VILNIUS}`],
  ]);
});

describe('Latvian exercises: drills, training, readiness checks', () => {
  cases([
    ['Baltkrievijas karavīri vingrinās Grodņas apgabalā.', { 'Grodņas apgabalā': GRODNO_REGION }, `exercise@${GRODNO_REGION}`],
    ['Vitebskas apgabalā sākta pārbaude par kaujas gatavību.', { 'Vitebskas apgabalā': VITEBSK_REGION }, `exercise@${VITEBSK_REGION}`],
    ['Desantnieki trenējas Gomeļā.', { Gomeļā: GOMEL }, `exercise@${GOMEL}`],
    ['Baltkrievijas armija pārbaudīja kaujas gatavību Vitebskas apgabalā.', { 'Vitebskas apgabalā': VITEBSK_REGION }, `exercise@${VITEBSK_REGION}`],
    // "mācību iestāde" is a school: the strike hit it, there was no exercise.
    ['Trāpījumā Harkivā cieta mācību iestāde.', { Harkivā: KHARKIV }, `strike@${KHARKIV}`],
    ['Mācību gads Latvijā sākas septembrī.', { Latvijā: 'country:LV' }, ''],
  ]);
});

describe('Latvian words that contain a cue but name no event', () => {
  cases([
    ['Triecienbrigādes karavīri atpūšas Harkivā.', { Harkivā: KHARKIV }, ''],
    ['Muzeja apmeklētāji Rīgā stāvēja rindā.', { Rīgā: RIGA }, ''],
    ['Gāzes sprādzienā Rīgā cieta divi cilvēki.', { Rīgā: RIGA }, ''],
    ['Hakeru uzbrukums skāra Latvijas valsts iestādes.', { Latvijas: 'country:LV' }, ''],
    ['Sankcijas ir trieciens Krievijas ekonomikai.', { Krievijas: 'country:RU' }, ''],
    ['Automašīna Rīgā notrieca gājēju.', { Rīgā: RIGA }, ''],
  ]);
});

describe('Latvian "in the area / vicinity / centre of" after a genitive place', () => {
  cases([
    ['Sākās mācības Brestas apkārtnē.', { Brestas: BREST }, `exercise@${BREST}`],
    ['Notika tikšanās Ļvivas centrā.', { Ļvivas: LVIV }, `meeting@${LVIV}`],
    ['Harkivas apkārtnē turpinās apšaudes.', { Harkivas: KHARKIV }, `strike@${KHARKIV}`],
    ['Odesas ostā dronu uzbrukumā izcēlās ugunsgrēks.', { Odesas: ODESA }, `strike@${ODESA}`],
    // "N km north of / from" a place is near it; "from" alone is where drones came from.
    ['Sprādzieni dārdēja 30 km uz ziemeļiem no Harkivas.', { Harkivas: KHARKIV }, `strike@${KHARKIV}`],
    ['Drons notriekts 20 kilometru attālumā no Kijivas.', { Kijivas: KYIV }, `strike@${KYIV}`],
    // "no rīta" (in the morning) is time, not a source.
    ['Otrdien no rīta Kijivā atskanēja sprādzieni.', { Kijivā: KYIV }, `strike@${KYIV}`],
  ]);
});

describe('Latvian: a region in the title of the official who reports the event', () => {
  cases([
    // "apgabala" is a masculine genitive (the region's governor), not a nominative subject.
    ['Zaporižjas apgabala gubernators sacīja, ka apšaudē cietuši vairāki ciemati.', { 'Zaporižjas apgabala': 'region:UA-23' }, 'strike@region:UA-23'],
    ['Sākās mācības Grodņas apgabala poligonos.', { 'Grodņas apgabala': GRODNO_REGION }, `exercise@${GRODNO_REGION}`],
  ]);
});

describe('Latvian "in which" opens a clause that happens at the place before it', () => {
  cases([
    ['Krievija pastiprina karaspēku Kaļiņingradas apgabalā, kurā notiek mācības.', { 'Kaļiņingradas apgabalā': 'region:RU-KGD' }, 'exercise@region:RU-KGD'],
  ]);
});

describe('Latvian hypothetical and threatened events are not events', () => {
  cases([
    ['Krievija varētu uzbrukt Lietuvai.', { Lietuvai: 'country:LT' }, ''],
    ['NATO plāno rīkot mācības Latvijā nākamgad.', { Latvijā: 'country:LV' }, ''],
    ['Maskava draudēja ar triecieniem Kijivai.', { Kijivai: KYIV }, ''],
    // "draudzīga" (friendly) is not a threat.
    ['Prezidents draudzīgā vizītē ieradās Viļņā.', { Viļņā: VILNIUS }, `meeting@${VILNIUS}`],
    // The next meeting, with no day set, is only planned; one with a day is an event.
    ['Nākamā ministru tikšanās paredzēta rudenī Viļņā.', { Viļņā: VILNIUS }, ''],
    ['Nākamā tikšanās notiks decembrī Rīgā.', { Rīgā: RIGA }, ''],
    ['Nākamā tikšanās notiks 5. decembrī Rīgā.', { Rīgā: RIGA }, `meeting@${RIGA}`],
  ]);
});

describe('Latvian "kur" (where): the place before it, unless the clause opens on a scene of its own', () => {
  cases([
    // The place before "where" is its place even when it is where someone came from.
    ['Viņš atbrauca no Varšavas, kur bija pārrunājis dronu ražošanu ar premjerministru.', { Varšavas: WARSAW }, `meeting@${WARSAW}`],
    ['Zelenskis ieradās Lietuvā, kur Viļņā tikās ar prezidentu.', { Lietuvā: 'country:LT', Viļņā: VILNIUS }, `meeting@${VILNIUS} meeting@country:LT`],
  ]);
});

describe('Latvian: a place after a diplomat\'s title is the post, not the scene', () => {
  cases([
    ['Rinkēvičs Rīgā tikās ar Ukrainas vēstnieku Latvijā.', { Rīgā: RIGA, Ukrainas: 'country:UA', Latvijā: 'country:LV' }, `meeting@${RIGA}`],
  ]);
});

describe('Latvian "skāra" (hit), "raidot pret" (launching against)', () => {
  cases([
    ['Droni skāra Šostku un Konotopu.', { Šostku: 'city:693942', Konotopu: 'city:705135' }, 'strike@city:693942 strike@city:705135'],
    // "raidot pret" (launching against): the target follows, the weapons come later.
    ['Krievija uzbruka naktī, raidot pret Kijivu vairāk nekā 40 raķetes.', { Kijivu: KYIV }, `strike@${KYIV}`],
    ['Otrdienas naktī raķetes un droni atkal krita uz Kijivu.', { Kijivu: KYIV }, `strike@${KYIV}`],
    // The count between the verb and the weapons (`#` in a pattern).
    ['Krievija naktī pret Ukrainu raidīja 86 triecienu dronus un sešas ballistiskās raķetes.', { Ukrainu: 'country:UA' }, 'strike@country:UA'],
    ['Krievija naktī uz Odesu palaida 12 dronus.', { Odesu: ODESA }, `strike@${ODESA}`],
  ]);
});

describe('Latvian "Daugavpils apkārtnē" (around Daugavpils), and relative clauses opened by any case of "kurš"', () => {
  cases([
    ['Mācību centrs pārcēlās: Daugavpils apkārtnē inženieri ierīkoja tiltu.', { Daugavpils: 'city:460413' }, 'exercise@city:460413'],
    ['Latgalē turpinās mācības "Namejs", kurās Daugavpils apkārtnē piedalās 4000 karavīru.', { Daugavpils: 'city:460413' }, 'exercise@city:460413'],
  ]);
});

describe('Latvian "uzbrucis", "iznīcinājuši", "bez elektrības palika", and counts spelt out', () => {
  cases([
    ['Ukrainas drons uzbrucis automašīnai Šebekino pilsētā.', { Šebekino: 'city:495112' }, 'strike@city:495112'],
    ['Bez elektrības palika 40 000 patērētāju Odesā.', { Odesā: 'city:698740' }, 'strike@city:698740'],
    // "destroyed 47 drones: 21 over Bryansk region, eight over Belgorod region and four over Moscow region"
    [
      'Līdzekļi iznīcinājuši 47 dronus: 21 virs Brjanskas apgabala, astoņus virs Belgorodas apgabala un četrus virs Maskavas apgabala.',
      { 'Brjanskas apgabala': 'region:RU-BRY', 'Belgorodas apgabala': 'region:RU-BEL', 'Maskavas apgabala': 'region:RU-MOS' },
      'strike@region:RU-BEL strike@region:RU-BRY strike@region:RU-MOS',
    ],
  ]);
});

describe('Latvian "kur" after a list, and a "kur" clause that moves drills on', () => {
  cases([
    // "around Rēzekne and Daugavpils, where units train": the whole list before "where"
    ['Bataljons pārvietots uz Rēzeknes un Daugavpils apkārtni, kur vienības trenējas.', { Rēzeknes: 'city:456202', Daugavpils: 'city:460413' }, 'exercise@city:456202 exercise@city:460413'],
    // "an inspection in the Vitebsk region, where units are deployed at the border with Latvia": the border too
    [
      'Ministrija paziņoja par kaujas gatavības pārbaudi Vitebskas apgabalā, kur vienības izvērstas pie robežas ar Latviju.',
      { 'Vitebskas apgabalā': 'region:BY-VI', robežas: 'border:BY-LV', Latviju: 'country:LV' },
      'exercise@border:BY-LV exercise@region:BY-VI',
    ],
    // A strike's "where" tells what followed, not another target: "near Moscow, where flights at Vnukovo stopped".
    ['Droni notriekti pie Maskavas, kur Vnukovas lidostā tika ierobežoti lidojumi.', { Maskavas: 'city:524901', Vnukovas: 'city:857689' }, 'strike@city:524901'],
  ]);
});

describe('Latvian "cietuši" (hurt) tells where people were hurt', () => {
  cases([
    ['Harkivā naktī cietuši pieci cilvēki.', { Harkivā: KHARKIV }, `strike@${KHARKIV}`],
  ]);
});

describe('Latvian "kur" clauses that name a scene of their own, and a list after a preposition', () => {
  cases([
    // the place before "kur" and the scene the clause names further on
    ['Elektroapgāde pārtraukta daļā Sumu apgabala, kur droni trāpīja apakšstacijai Šostkā.', { 'Sumu apgabala': 'region:UA-59', Šostkā: 'city:693942' }, 'strike@city:693942 strike@region:UA-59'],
    // "pie Polockas un Glubokojes izvērstas": the preposition governs both genitives; the drills spread to the "kur" clause
    ['Ministrija paziņoja par kaujas gatavības pārbaudi valsts ziemeļos, Vitebskas apgabalā, kur pie Polockas un Glubokojes izvērstas brigādes.', { 'Vitebskas apgabalā': VITEBSK_REGION, Polockas: 'city:623317', Glubokojes: 'city:627908' }, `exercise@city:623317 exercise@city:627908 exercise@${VITEBSK_REGION}`],
  ]);
});

describe('Latvian "ierosināja" (proposed): a proposed meeting is not an event', () => {
  cases([
    ['Ministrs ierosināja nākamo tikšanos rīkot Kijivā.', { Kijivā: KYIV }, ''],
  ]);
});

describe('Latvian: a comma that lists the next place is no genitive qualifying it; "bet pārējie" goes on counting', () => {
  test('"43 virs Ļeņingradas apgabala, bet pārējie virs Tveras, Smoļenskas un Brjanskas apgabala"', () => {
    const places = { 'Ļeņingradas apgabala': 'region:RU-LEN', Tveras: 'region:RU-TVE', Smoļenskas: 'region:RU-SMO', 'Brjanskas apgabala': 'region:RU-BRY' };
    const text = 'Naktī iznīcināti 118 droni – 43 virs Ļeņingradas apgabala, bet pārējie virs Tveras, Smoļenskas un Brjanskas apgabala.';
    expect(summary(classify('lv', text, places))).toEqual(['strike@region:RU-BRY', 'strike@region:RU-LEN', 'strike@region:RU-SMO', 'strike@region:RU-TVE']);
  });
});

test('Latvian: a region named in a title after it ("Odesas apgabala administrācijas vadītājs") gives way to the city told just before', () => {
  const facts = { kindOf: (p: string) => p.split(':')[0], parentOf: (p: string) => (p === ODESA ? ODESA_OBLAST : undefined), isCapital: () => false, countriesOf: () => [] };
  const text = 'Odesā naktī dzirdēja sprādzienus. Odesas apgabala administrācijas vadītājs informēja, ka bojāti divi graudu termināļi.';
  expect(summary(classifyWith(facts, 'lv', text, { Odesā: ODESA, 'Odesas apgabala': ODESA_OBLAST }))).toEqual([`strike@${ODESA}`]);
});


test('Latvian: the place right after a region or country in the genitive that holds it is the event\'s too', () => {
  const BERYSLAV = 'city:712260';
  const TUAPSE = 'city:480716';
  const facts = { kindOf: (p: string) => p.split(':')[0], parentOf: (p: string) => (p === BERYSLAV ? 'region:UA-65' : undefined), isCapital: () => false, countriesOf: (p: string) => (p === TUAPSE || p === 'country:RU' ? ['RU'] : []) };
  expect(summary(classifyWith(facts, 'lv', 'Krievijas okupanti apšaudīja Hersonas apgabala Berislavu.', { Krievijas: 'country:RU', 'Hersonas apgabala': 'region:UA-65', Berislavu: BERYSLAV }))).toEqual([`strike@${BERYSLAV}`, 'strike@region:UA-65']);
  expect(summary(classifyWith(facts, 'lv', 'Ukraina uzbruka Krievijas Tuapses naftas pārstrādes rūpnīcai.', { Ukraina: 'country:UA', Krievijas: 'country:RU', Tuapses: TUAPSE }))).toEqual([`strike@${TUAPSE}`, 'strike@country:RU']);
});

describe('Latvian: a list in a clause that is only a phrase of place, before the cue\'s clause, is the scene throughout', () => {
  cases([
    ['Latvijas austrumos, Daugavpils un Rēzeknes apkārtnē, pagājušajā nedēļā noslēdzās zemessardzes mācības.', { Latvijas: 'country:LV', Daugavpils: 'city:460413', Rēzeknes: 'city:456202' }, 'exercise@city:456202 exercise@city:460413 exercise@country:LV'],
  ]);
});

describe('Latvian: a country in the genitive before a noun for its parts stands for them', () => {
  cases([
    ['Virs Krievijas reģioniem notriekti 45 droni.', { Krievijas: 'country:RU' }, 'strike@country:RU'],
    ['Sumu apgabala pierobežas kopienas atkal apšaudītas ar artilēriju.', { 'Sumu apgabala': 'region:UA-59' }, 'strike@region:UA-59'],
    ['Krievija uzbruka Ukrainas pilsētām.', { Krievija: 'country:RU', Ukrainas: 'country:UA' }, 'strike@country:UA'],
    // … but only before such a noun: "Krievijas droni" is the owner of the weapons
    ['Virs Harkivas notriekti Krievijas droni.', { Harkivas: KHARKIV, Krievijas: 'country:RU' }, `strike@${KHARKIV}`],
  ]);
});

describe('Latvian: a town in the accusative set off by a relative clause is the object of the verb after it', () => {
  cases([
    ['Nikopoli, kas atrodas Dņepras krastā pretī okupētajai Enerhodarai, visu dienu apšaudīja Krievijas artilērija.', { Nikopoli: 'city:700051', Enerhodarai: 'city:709276', Krievijas: 'country:RU' }, 'strike@city:700051'],
    ['Droni uzbruka arī Pavlohradai, savukārt Nikopoli, kas atrodas Dņepras krastā, visu dienu apšaudīja Krievijas artilērija.', { Pavlohradai: 'city:697889', Nikopoli: 'city:700051', Krievijas: 'country:RU' }, 'strike@city:697889 strike@city:700051'],
  ]);
});

test('Latvian: "X\'s capital Y" names both for the event', () => {
  const facts = { kindOf: (p: string) => p.split(':')[0], parentOf: () => undefined, isCapital: (p: string) => p === 'city:323786', countriesOf: (p: string) => (p === 'city:323786' || p === 'country:TR' ? ['TR'] : []) };
  expect(summary(classifyWith(facts, 'lv', 'Samits notiks 7. jūlijā Turcijas galvaspilsētā Ankarā.', { Turcijas: 'country:TR', Ankarā: 'city:323786' }))).toEqual(['meeting@city:323786', 'meeting@country:TR']);
});

test('Latvian: drills at a place the gazetteer does not hold, named in the locative, do not take the story\'s latest place', () => {
  const text = 'Baltkrievijā sākušās mācības.\n\nTikmēr Lietuvas armija sākusi savas mācības Pabradē un Ruklā.';
  expect(classify('lv', text, { Baltkrievijā: 'country:BY', Lietuvas: 'country:LT' }).filter((e) => e.passage === 'a#1')).toEqual([]);
});

test('Latvian: "trenējas reaģēt uz provokācijām" (train to respond to provocations) is no reaction to another event', () => {
  const text = 'Zemessardzes vienības izvietotas pie Latvijas un Baltkrievijas robežas, kur karavīri trenējas reaģēt uz robežas provokācijām.';
  expect(summary(classify('lv', text, { 'Latvijas un Baltkrievijas robežas': 'border:BY-LV' }))).toEqual(['exercise@border:BY-LV']);
});
