// Ukrainian names of Russian towns, Russian names of a few Ukrainian ones, and Belarusian names of Russian, Ukrainian
// and Polish towns where the rules of transliterate.ts (`russianToUkrainianSpelling`, `russianToBelarusianSpelling`,
// `latinToCyrillic`) and cityNameRules.ts (`ukrainianToRussianSpelling`) do not give the form a journalist of that
// language writes. The rules give the regular forms (Шебекине, Валуйки, Орел, Приморсько-
// Ахтарськ, Нижній Новгород; Ярцава, Прыморска-Ахтарск, Ужгарад, Мелітопаль); the exceptions are here:
//   • Ukrainian: roots Ukrainian shares with Russian keep their Ukrainian vowel beyond the rule's short list (Владимир,
//     Владикавказ, П'ятигорськ, Каменськ-Шахтинський), names of the historically Ukrainian-settled border lands have
//     Ukrainian forms (Новозибків, Клинці, Олексіївка, Острогозьк, Слов'янськ-на-Кубані), and a simplified double
//     consonant (Новоросійськ, Єсентуки);
//   • Russian (of Ukrainian towns): where the Russian press keeps a spelling the rule from the Ukrainian name does not
//     give (Черкассы with its double с, Бурштын with ы for the Ukrainian и); the rule's form follows where it is used too;
//   • Belarusian: the unstressed о and е the rules cannot place without the stress (Арол, Разань, Яраслаўль, Валгаград,
//     Навазыбкаў, Тарнопаль, Чарнаўцы), and the traditional Belarusian names of the
//     towns of Podlasie and the Lublin region with a Belarusian minority (Гайнаўка, Бельск-Падляшскі, Бяла-Падляска).
//
// Format as in cityNames.ts; a curated form replaces the generated one for that language (Ukrainian news also print
// the transliterated Russian-based form of a few, which follows: Олексіївка|Алексеєвка).
//
// Sources: the towns' Ukrainian Wikipedia titles and the Ukrainian orthography (2019) on Russian names; the towns'
// Russian Wikipedia titles for the Russian forms; the towns'
// Belarusian Wikipedia titles (official orthography, наркамаўка) and, for Podlasie, the Belarusian names the
// Belarusian minority's press (Ніва) and be.wikipedia use.
import type { CuratedCity } from './cityNames';

export const EAST_SLAVIC_NAMES: CuratedCity[] = [
  // ── Russia: Ukrainian ──
  { key: 'RU:Novorossiysk', uk: 'Новоросійськ', be: 'Новарасійск' },
  { key: 'RU:Vladimir', uk: 'Владимир' },
  { key: 'RU:Vladikavkaz', uk: 'Владикавказ' },
  { key: 'RU:Pyatigorsk', uk: "П'ятигорськ" },
  { key: 'RU:Yessentuki', uk: 'Єсентуки' },
  { key: 'RU:Kamensk-Shakhtinskiy', uk: 'Каменськ-Шахтинський' },
  { key: 'RU:Novoshakhtinsk', uk: 'Новошахтинськ' },
  { key: 'RU:Slavyansk-na-Kubani', uk: "Слов'янськ-на-Кубані" },
  { key: 'RU:Novozybkov', uk: 'Новозибків', be: 'Навазыбкаў' },
  { key: 'RU:Klintsy', uk: 'Клинці' },
  { key: 'RU:Alekseyevka', id: 582956, uk: 'Олексіївка|Алексеєвка' }, // Belgorod Oblast (not the larger namesake)
  { key: 'RU:Ostrogozhsk', uk: 'Острогозьк' },
  // ── Russia: Belarusian ──
  { key: 'RU:Orël', be: 'Арол' },
  { key: 'RU:Ryazan’', be: 'Разань' },
  { key: 'RU:Tver', be: 'Цвер' },
  { key: 'RU:Yaroslavl', be: 'Яраслаўль' },
  { key: 'RU:Velikiy Novgorod', be: 'Вялікі Ноўгарад' },
  { key: 'RU:Velikiye Luki', be: 'Вялікія Лукі' },
  { key: 'RU:Volgograd', be: 'Валгаград' },
  { key: 'RU:Orenburg', be: 'Арэнбург' },
  { key: 'RU:Staryy Oskol', be: 'Стары Оскал' },
  // ── Ukraine: Belarusian ──
  { key: 'UA:Rivne', be: 'Роўна' },
  { key: 'UA:Ternopil', be: 'Тарнопаль' },
  { key: 'UA:Khmelnytskyi', be: 'Хмяльніцкі' },
  { key: 'UA:Chernivtsi', be: 'Чарнаўцы' },
  { key: 'UA:Cherkasy', be: 'Чаркасы', ru: 'Черкассы|Черкасы' },
  { key: 'UA:Burshtyn', ru: 'Бурштын' },
  { key: 'UA:Bila Tserkva', be: 'Белая Царква' },
  // ── Poland: Belarusian (Podlasie and the Lublin region) ──
  { key: 'PL:Hajnówka', be: 'Гайнаўка' },
  { key: 'PL:Bielsk Podlaski', be: 'Бельск-Падляшскі|Бельск' },
  { key: 'PL:Augustów', be: 'Аўгустаў' },
  { key: 'PL:Zambrów', be: 'Замбраў' },
  { key: 'PL:Grajewo', be: 'Граева' },
  { key: 'PL:Biała Podlaska', be: 'Бяла-Падляска' },
  { key: 'PL:Chełm', be: 'Хэлм' },
  { key: 'PL:Zamość', be: 'Замосць' },
  // ── Poland: Belarusian, elsewhere (the rule gives Міньск Мазовецкі; be.wikipedia: Мінск-Мазавецкі) ──
  { key: 'PL:Mińsk Mazowiecki', be: 'Мінск-Мазавецкі' },
];
