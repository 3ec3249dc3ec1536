// Towns of Bulgaria (every town of 20 000 or more), Romania (every city of 100 000 or more, and Tulcea on the
// Danube across from Izmail) and Moldova, whose names no package holds outside English. Our Bulgarian readers name
// their own towns, and Romanian and Moldovan towns are in the news of the war (drone debris, the Danube ports, the
// Transnistrian border).
//
// Bulgaria: `local` is the official Bulgarian name (the list of settlements of the Bulgarian National Statistical
// Institute, NSI/EKATTE); the other languages follow by the rules of transliterate.ts (Велико Търново → ru
// Велико-Тырново, pl Weliko Tyrnowo, de Weliko Tarnowo, lt Veliko Tarnovas), and only the forms that differ from the
// rule are curated here: traditional exonyms (pl Wielkie Tyrnowo, Widyń, Sylistra; en Rousse) from KSNG, Duden and the
// towns' Wikipedia titles.
//
// Romania and Moldova: all nine languages curated, from each city's Wikipedia article title per language, KSNG
// (Polish exonyms: Bukareszt, Jassy, Braszów, Suczawa, Bielce), Duden and the German exonyms German news use
// (Klausenburg, Hermannstadt, Kronstadt, Temeswar), the Bulgarian forms of the Bulgarian press (Букурещ, Яш, Плоещ),
// Russian/Ukrainian usage (Яссы, Бельцы, Бендеры, Дубоссары), and for Latvian the Latvian spelling of Romanian names
// (ș → š, ț → c, ce/ci → če/či, ă → e, â/î → i, with Latvian endings: Bukareste, Brašova). Lithuanian keeps the
// Romanian spelling where it has no Lithuanised form of its own (Bacău, Oradea). English and German add the forms
// without diacritics and with the cedilla (ş, ţ) that texts also use. The Belarusian name, where not given, is the
// Russian one in Belarusian spelling (cities.ts).
import type { CuratedCity } from './cityNames';

export const BULGARIA_ROMANIA_MOLDOVA: CuratedCity[] = [
  // ── Bulgaria ── (Sofia's other names are CLDR's)
  { key: 'BG:Sofia', local: 'София', uk: 'Софія' },
  { key: 'BG:Plovdiv', local: 'Пловдив' },
  { key: 'BG:Varna', local: 'Варна' },
  { key: 'BG:Burgas', local: 'Бургас' },
  { key: 'BG:Ruse', local: 'Русе', en: 'Ruse|Rousse' },
  { key: 'BG:Stara Zagora', local: 'Стара Загора' },
  { key: 'BG:Pleven', local: 'Плевен' },
  { key: 'BG:Sliven', local: 'Сливен' },
  { key: 'BG:Dobrich', local: 'Добрич' },
  { key: 'BG:Shumen', local: 'Шумен' },
  { key: 'BG:Pernik', local: 'Перник' },
  { key: 'BG:Yambol', local: 'Ямбол', pl: 'Jambol' },
  { key: 'BG:Haskovo', local: 'Хасково' },
  { key: 'BG:Pazardzhik', local: 'Пазарджик' },
  { key: 'BG:Blagoevgrad', local: 'Благоевград' },
  { key: 'BG:Veliko Tŭrnovo', local: 'Велико Търново', pl: 'Wielkie Tyrnowo|Weliko Tyrnowo', uk: 'Велико-Тирново|Велико Тирново' },
  { key: 'BG:Gabrovo', local: 'Габрово' },
  { key: 'BG:Vratsa', local: 'Враца' },
  { key: 'BG:Kazanlak', local: 'Казанлък' },
  { key: 'BG:Vidin', local: 'Видин', pl: 'Widyń|Widin' },
  { key: 'BG:Asenovgrad', local: 'Асеновград' },
  { key: 'BG:Kardzhali', local: 'Кърджали' },
  { key: 'BG:Kyustendil', local: 'Кюстендил' },
  { key: 'BG:Montana', local: 'Монтана' },
  { key: 'BG:Dimitrovgrad', local: 'Димитровград' },
  { key: 'BG:Lovech', local: 'Ловеч' },
  { key: 'BG:Silistra', local: 'Силистра', pl: 'Sylistra' },
  { key: 'BG:Razgrad', local: 'Разград' },
  { key: 'BG:Targovishte', local: 'Търговище' },
  { key: 'BG:Dupnitsa', local: 'Дупница' },
  { key: 'BG:Gorna Oryahovitsa', local: 'Горна Оряховица' },
  { key: 'BG:Svishtov', local: 'Свищов' },
  { key: 'BG:Smolyan', local: 'Смолян' },
  { key: 'BG:Petrich', local: 'Петрич' },
  { key: 'BG:Samokov', local: 'Самоков' },
  { key: 'BG:Lom', local: 'Лом' },
  { key: 'BG:Sandanski', local: 'Сандански' },
  { key: 'BG:Sevlievo', local: 'Севлиево' },
  { key: 'BG:Nova Zagora', local: 'Нова Загора' },
  { key: 'BG:Velingrad', local: 'Велинград' },
  { key: 'BG:Troyan', local: 'Троян' },
  { key: 'BG:Aytos', local: 'Айтос', de: 'Aitos' },
  { key: 'BG:Botevgrad', local: 'Ботевград' },
  { key: 'BG:Gotse Delchev', local: 'Гоце Делчев' },
  // ── Romania ──
  { key: 'RO:Bucharest', bg: 'Букурещ', lv: 'Bukareste', ru: 'Бухарест', uk: 'Бухарест', be: 'Бухарэст', pl: 'Bukareszt', lt: 'Bukareštas', de: 'Bukarest', en: 'Bucharest' },
  { key: 'RO:Iaşi', bg: 'Яш', lv: 'Jaši', ru: 'Яссы|Ясы', uk: 'Ясси', be: 'Ясы', pl: 'Jassy|Iași', lt: 'Jasai', de: 'Iași|Jassy|Iasi', en: 'Iași|Iasi|Iaşi' },
  { key: 'RO:Cluj-Napoca', bg: 'Клуж-Напока', lv: 'Kluža-Napoka', ru: 'Клуж-Напока', uk: 'Клуж-Напока', pl: 'Kluż-Napoka|Cluj-Napoca', lt: 'Klužas-Napoka|Cluj-Napoca', de: 'Cluj-Napoca|Klausenburg|Cluj', en: 'Cluj-Napoca|Cluj' },
  { key: 'RO:Timişoara', bg: 'Тимишоара', lv: 'Timišoara', ru: 'Тимишоара', uk: 'Тімішоара', pl: 'Timișoara|Temeszwar', lt: 'Timišoara', de: 'Timișoara|Temeswar|Timisoara', en: 'Timișoara|Timisoara|Timişoara' },
  { key: 'RO:Craiova', bg: 'Крайова', lv: 'Krajova', ru: 'Крайова', uk: 'Крайова', pl: 'Krajowa|Craiova', lt: 'Krajova', de: 'Craiova', en: 'Craiova' },
  { key: 'RO:Braşov', bg: 'Брашов', lv: 'Brašova', ru: 'Брашов', uk: 'Брашов', pl: 'Braszów|Brașov', lt: 'Brašovas', de: 'Brașov|Kronstadt|Brasov', en: 'Brașov|Brasov|Braşov' },
  { key: 'RO:Ploieşti', bg: 'Плоещ', lv: 'Ploješti', ru: 'Плоешти', uk: 'Плоєшті', pl: 'Ploeszti|Ploiești', lt: 'Ploještis', de: 'Ploiești|Ploiesti', en: 'Ploiești|Ploiesti|Ploieşti' },
  { key: 'RO:Brăila', bg: 'Браила', lv: 'Breila', ru: 'Брэила|Браила', uk: 'Бреїла', pl: 'Braiła|Brăila', lt: 'Braila', de: 'Brăila|Braila', en: 'Brăila|Braila' },
  { key: 'RO:Oradea', bg: 'Орадя', lv: 'Oradja', ru: 'Орадя', uk: 'Орадя', pl: 'Oradea', lt: 'Oradea', de: 'Oradea|Großwardein', en: 'Oradea' },
  { key: 'RO:Bacău', bg: 'Бакъу', lv: 'Bakeu', ru: 'Бакэу', uk: 'Бакеу', pl: 'Bacău', lt: 'Bacău', de: 'Bacău|Bacau', en: 'Bacău|Bacau' },
  { key: 'RO:Arad', bg: 'Арад', lv: 'Arada', ru: 'Арад', uk: 'Арад', pl: 'Arad', lt: 'Aradas', de: 'Arad', en: 'Arad' },
  { key: 'RO:Piteşti', bg: 'Питещ', lv: 'Pitešti', ru: 'Питешти', uk: 'Пітешті', pl: 'Pitești', lt: 'Piteštis', de: 'Pitești|Pitesti', en: 'Pitești|Pitesti|Piteşti' },
  { key: 'RO:Sibiu', bg: 'Сибиу', lv: 'Sibiu', ru: 'Сибиу', uk: 'Сібіу', pl: 'Sybin|Sibiu', lt: 'Sibiu', de: 'Sibiu|Hermannstadt', en: 'Sibiu' },
  { key: 'RO:Târgu-Mureş', bg: 'Търгу Муреш', lv: 'Tirgu Mureša', ru: 'Тыргу-Муреш', uk: 'Тиргу-Муреш', pl: 'Târgu Mureș|Targu Mures', lt: 'Tirgu Murešas', de: 'Târgu Mureș|Neumarkt am Mieresch|Targu Mures', en: 'Târgu Mureș|Targu Mures|Tirgu Mures|Târgu-Mureş' },
  { key: 'RO:Baia Mare', bg: 'Бая Маре', lv: 'Baja Mare', ru: 'Бая-Маре', uk: 'Бая-Маре', pl: 'Baia Mare', lt: 'Baja Marė', de: 'Baia Mare', en: 'Baia Mare' },
  { key: 'RO:Buzău', bg: 'Бузъу', lv: 'Buzeu', ru: 'Бузэу', uk: 'Бузеу', pl: 'Buzău', lt: 'Buzău', de: 'Buzău|Buzau', en: 'Buzău|Buzau' },
  { key: 'RO:Botoşani', bg: 'Ботошани', lv: 'Botošani', ru: 'Ботошани', uk: 'Ботошані', pl: 'Botoszany|Botoșani', lt: 'Botošanai', de: 'Botoșani|Botosani', en: 'Botoșani|Botosani|Botoşani' },
  { key: 'RO:Satu Mare', bg: 'Сату Маре', lv: 'Satu Mare', ru: 'Сату-Маре', uk: 'Сату-Маре', pl: 'Satu Mare', lt: 'Satu Marė', de: 'Satu Mare|Sathmar', en: 'Satu Mare' },
  { key: 'RO:Râmnicu Vâlcea', bg: 'Римнику Вълча', lv: 'Rimniku Vilča', ru: 'Рымнику-Вылча', uk: 'Римнику-Вилча', pl: 'Râmnicu Vâlcea', lt: 'Rimniku Vilča', de: 'Râmnicu Vâlcea|Ramnicu Valcea', en: 'Râmnicu Vâlcea|Ramnicu Valcea' },
  { key: 'RO:Suceava', bg: 'Сучава', lv: 'Sučava', ru: 'Сучава', uk: 'Сучава', pl: 'Suczawa|Suceava', lt: 'Sučava', de: 'Suceava|Suczawa', en: 'Suceava' },
  { key: 'RO:Piatra Neamţ', bg: 'Пятра Нямц', lv: 'Pjatra Njamca', ru: 'Пьятра-Нямц', uk: "П'ятра-Нямц", pl: 'Piatra Neamț', lt: 'Piatra Neamț', de: 'Piatra Neamț|Piatra Neamt', en: 'Piatra Neamț|Piatra Neamt|Piatra Neamţ' },
  { key: 'RO:Drobeta-Turnu Severin', bg: 'Дробета-Турну Северин', lv: 'Drobeta-Turnu Severina', ru: 'Дробета-Турну-Северин', uk: 'Дробета-Турну-Северин', pl: 'Drobeta-Turnu Severin', lt: 'Drobeta-Turnu Severinas', de: 'Drobeta Turnu Severin|Turnu Severin', en: 'Drobeta-Turnu Severin|Turnu Severin' },
  { key: 'RO:Tulcea', bg: 'Тулча', lv: 'Tulča', ru: 'Тулча', uk: 'Тулча', pl: 'Tulcza|Tulcea', lt: 'Tulča', de: 'Tulcea|Tultscha', en: 'Tulcea' },
  // ── Moldova (Chișinău and Tiraspol: cityNames.ts); the other languages follow from the Romanian name by rule ──
  { key: 'MD:Bălţi', bg: 'Белци', ru: 'Бельцы', uk: 'Бєльці|Бельці', be: 'Бельцы', pl: 'Bielce|Bălți', lt: 'Bălți', lv: 'Belci', de: 'Bălți|Belz|Balti', en: 'Bălți|Balti|Bălţi' },
  { key: 'MD:Bender', bg: 'Бендер|Тигина', ru: 'Бендеры|Тигина', uk: 'Бендери', be: 'Бендэры', pl: 'Bendery|Tighina', lt: 'Benderai|Tighina', lv: 'Benderi', de: 'Bender|Tighina|Bendery', en: 'Bender|Tighina|Bendery' },
  { key: 'MD:Rîbniţa', bg: 'Рибница', ru: 'Рыбница', uk: 'Рибниця', be: 'Рыбніца', pl: 'Rybnica|Rîbnița', lt: 'Rîbnița|Rybnica', lv: 'Ribņica', de: 'Rîbnița|Rybniza|Ribnita', en: 'Rîbnița|Rybnitsa|Ribnita|Rîbniţa' },
  { key: 'MD:Cahul', bg: 'Кахул', ru: 'Кагул', uk: 'Кагул', be: 'Кагул', pl: 'Kahul|Cahul', lt: 'Cahul', lv: 'Kahula', de: 'Cahul', en: 'Cahul' },
  { key: 'MD:Ungheni', bg: 'Унгени', ru: 'Унгены', uk: 'Унгени', be: 'Унгены', pl: 'Ungheni', lt: 'Ungheni', lv: 'Ungeni', de: 'Ungheni', en: 'Ungheni' },
  { key: 'MD:Soroca', bg: 'Сорока', ru: 'Сороки', uk: 'Сороки', be: 'Сарокі', pl: 'Soroki|Soroca', lt: 'Soroca', lv: 'Soroka', de: 'Soroca|Soroki', en: 'Soroca|Soroki' },
  { key: 'MD:Orhei', bg: 'Орхей', ru: 'Оргеев|Орхей', uk: 'Оргіїв|Орхей', be: 'Аргееў', pl: 'Orgiejów|Orhei', lt: 'Orhei', lv: 'Orheja', de: 'Orhei', en: 'Orhei|Orgeev' },
  { key: 'MD:Dubăsari', bg: 'Дубъсари', ru: 'Дубоссары', uk: 'Дубоссари', be: 'Дубасары', pl: 'Dubosary|Dubăsari', lt: 'Dubăsari', lv: 'Dubosari', de: 'Dubăsari|Dubossary', en: 'Dubăsari|Dubossary|Dubasari' },
  { key: 'MD:Comrat', bg: 'Комрат', ru: 'Комрат', uk: 'Комрат', be: 'Комрат', pl: 'Komrat', lt: 'Komratas', lv: 'Komrata', de: 'Comrat|Komrat', en: 'Comrat' },
  { key: 'MD:Edineţ', local: 'Edineț', ru: 'Единцы|Единец', uk: 'Єдинці', de: 'Edineț', en: 'Edineț|Edinet' },
  { key: 'MD:Ceadîr-Lunga', be: 'Чадыр-Лунга', bg: 'Чадър Лунга', ru: 'Чадыр-Лунга', uk: 'Чадир-Лунга', de: 'Ceadîr-Lunga|Tschadyr-Lunga', en: 'Ceadîr-Lunga|Ciadîr-Lunga|Chadyr-Lunga' },
  { key: 'MD:Căuşeni', local: 'Căușeni', ru: 'Каушаны', uk: 'Каушани', be: 'Каушаны', bg: 'Каушани', de: 'Căușeni', en: 'Căușeni|Causeni' },
];
