// Curated names of the regions news about the war name most: every oblast of Ukraine and Belarus and the Russian
// regions on their borders (plus Moscow and St Petersburg). No package holds these in Bulgarian, Latvian, Lithuanian or
// Belarusian, and Natural Earth's Polish/German/English forms are bare adjectives or stems ("biełgorodzki", "Belgorod").
//
// Format: ISO 3166-2 code → language → forms separated by "|". The first form is the official/dictionary name; further
// forms are variants news use: the short "-щина/-шчына" names (Київщина, Белгородчина), the "X region" / "Gebiet X"
// style, and older spellings. All forms are base (nominative) forms: the recogniser inflects them.
//
// Sources (checked by the curator for each language): the region's Wikipedia article title in that language
// (bg, lv, ru, uk, be, pl, lt, de, en wikis), the Latvian and Lithuanian state terminology conventions for foreign
// place names (lv "apgabals", lt "sritis"), the Polish KSNG list of exonyms (obwód X-ski), and the Duden/StAGN
// German forms ("Oblast X", with "Gebiet X" as the common press variant). Short forms: Ukrainian/Russian/Belarusian
// Wikipedia and common usage. Cities that are regions of their own (Kyiv, Sevastopol, Minsk, Moscow, St Petersburg) are
// named here only as "X City" forms so that the bare name resolves to the city, not the region.
export type CuratedNames = Record<string, string>;

export const SOURCE = 'curated: Wikipedia titles per language, KSNG (pl), lv/lt exonym conventions, Duden/StAGN (de)';

export const REGION_NAMES: Record<string, CuratedNames> = {
  // ── Ukraine ──────────────────────────────────────────────────────────────────────────────────────────────
  'UA-05': { bg: 'Виницка област', lv: 'Vinnicas apgabals', ru: 'Винницкая область|Винничина', uk: 'Вінницька область|Вінниччина', be: 'Вінніцкая вобласць', pl: 'obwód winnicki', lt: 'Vinycios sritis', de: 'Oblast Winnyzja|Gebiet Winnyzja', en: 'Vinnytsia Oblast|Vinnytsia region' },
  'UA-07': { bg: 'Волинска област', lv: 'Volīnijas apgabals', ru: 'Волынская область|Волынь', uk: 'Волинська область|Волинь', be: 'Валынская вобласць', pl: 'obwód wołyński', lt: 'Voluinės sritis', de: 'Oblast Wolyn|Gebiet Wolyn', en: 'Volyn Oblast|Volyn region' },
  'UA-09': { bg: 'Луганска област', lv: 'Luhanskas apgabals', ru: 'Луганская область|Луганщина', uk: 'Луганська область|Луганщина', be: 'Луганская вобласць', pl: 'obwód ługański', lt: 'Luhansko sritis', de: 'Oblast Luhansk|Gebiet Luhansk|Oblast Lugansk', en: 'Luhansk Oblast|Luhansk region' },
  'UA-12': { bg: 'Днепропетровска област', lv: 'Dnipropetrovskas apgabals|Dņipropetrovskas apgabals', ru: 'Днепропетровская область|Днепропетровщина|Днепровщина', uk: 'Дніпропетровська область|Дніпропетровщина|Дніпровщина', be: 'Днепрапятроўская вобласць', pl: 'obwód dniepropetrowski', lt: 'Dnipropetrovsko sritis', de: 'Oblast Dnipropetrowsk|Gebiet Dnipropetrowsk', en: 'Dnipropetrovsk Oblast|Dnipropetrovsk region' },
  'UA-14': { bg: 'Донецка област', lv: 'Doneckas apgabals', ru: 'Донецкая область|Донетчина', uk: 'Донецька область|Донеччина', be: 'Данецкая вобласць', pl: 'obwód doniecki', lt: 'Donecko sritis', de: 'Oblast Donezk|Gebiet Donezk', en: 'Donetsk Oblast|Donetsk region' },
  'UA-18': { bg: 'Житомирска област', lv: 'Žitomiras apgabals', ru: 'Житомирская область|Житомирщина', uk: 'Житомирська область|Житомирщина', be: 'Жытомірская вобласць', pl: 'obwód żytomierski', lt: 'Žytomyro sritis', de: 'Oblast Schytomyr|Gebiet Schytomyr', en: 'Zhytomyr Oblast|Zhytomyr region' },
  'UA-21': { bg: 'Закарпатска област|Закарпатие', lv: 'Aizkarpatu apgabals', ru: 'Закарпатская область|Закарпатье', uk: 'Закарпатська область|Закарпаття', be: 'Закарпацкая вобласць', pl: 'obwód zakarpacki|Zakarpacie', lt: 'Užkarpatės sritis', de: 'Oblast Transkarpatien|Transkarpatien|Oblast Sakarpattja', en: 'Zakarpattia Oblast|Transcarpathia|Zakarpattia region' },
  'UA-23': { bg: 'Запорожка област', lv: 'Zaporižjas apgabals', ru: 'Запорожская область', uk: 'Запорізька область', be: 'Запарожская вобласць', pl: 'obwód zaporoski', lt: 'Zaporižios sritis', de: 'Oblast Saporischschja|Gebiet Saporischschja', en: 'Zaporizhzhia Oblast|Zaporizhzhia region|Zaporizhia Oblast' },
  'UA-26': { bg: 'Ивано-Франковска област', lv: 'Ivanofrankivskas apgabals', ru: 'Ивано-Франковская область|Прикарпатье|Ивано-Франковщина', uk: 'Івано-Франківська область|Прикарпаття|Івано-Франківщина', be: 'Івана-Франкоўская вобласць', pl: 'obwód iwanofrankiwski', lt: 'Ivano Frankivsko sritis', de: 'Oblast Iwano-Frankiwsk|Gebiet Iwano-Frankiwsk', en: 'Ivano-Frankivsk Oblast|Ivano-Frankivsk region' },
  'UA-30': { bg: 'град Киев', lv: 'Kijivas pilsēta', ru: 'город Киев', uk: 'місто Київ', be: 'горад Кіеў', pl: 'miasto Kijów', lt: 'Kyjivo miestas', de: 'Stadt Kiew', en: 'Kyiv City' },
  'UA-32': { bg: 'Киевска област', lv: 'Kijivas apgabals|Kijevas apgabals', ru: 'Киевская область|Киевщина', uk: 'Київська область|Київщина', be: 'Кіеўская вобласць', pl: 'obwód kijowski', lt: 'Kyjivo sritis', de: 'Oblast Kiew|Gebiet Kiew|Oblast Kyjiw', en: 'Kyiv Oblast|Kyiv region|Kiev Oblast' },
  'UA-35': { bg: 'Кировоградска област', lv: 'Kirovohradas apgabals', ru: 'Кировоградская область|Кировоградщина', uk: 'Кіровоградська область|Кіровоградщина', be: 'Кіраваградская вобласць', pl: 'obwód kirowohradzki', lt: 'Kirovohrado sritis', de: 'Oblast Kirowohrad|Gebiet Kirowohrad', en: 'Kirovohrad Oblast|Kirovohrad region' },
  'UA-40': { bg: 'град Севастопол', lv: 'Sevastopoles pilsēta', ru: 'город Севастополь', uk: 'місто Севастополь', be: 'горад Севастопаль', pl: 'miasto Sewastopol', lt: 'Sevastopolio miestas', de: 'Stadt Sewastopol', en: 'Sevastopol City' },
  'UA-43': { bg: 'Крим|Автономна република Крим|Кримски полуостров', lv: 'Krima|Krimas Autonomā Republika|Krimas pussala', ru: 'Крым|Республика Крым|Автономная Республика Крым', uk: 'Крим|Автономна Республіка Крим', be: 'Крым|Аўтаномная Рэспубліка Крым', pl: 'Krym|Autonomiczna Republika Krymu', lt: 'Krymas|Krymo Autonominė Respublika', de: 'Krim|Autonome Republik Krim', en: 'Crimea|Autonomous Republic of Crimea' },
  'UA-46': { bg: 'Лвовска област', lv: 'Ļvivas apgabals', ru: 'Львовская область|Львовщина', uk: 'Львівська область|Львівщина', be: 'Львоўская вобласць', pl: 'obwód lwowski', lt: 'Lvivo sritis', de: 'Oblast Lwiw|Gebiet Lwiw|Oblast Lemberg', en: 'Lviv Oblast|Lviv region' },
  'UA-48': { bg: 'Николаевска област', lv: 'Mikolajivas apgabals', ru: 'Николаевская область|Николаевщина', uk: 'Миколаївська область|Миколаївщина', be: 'Мікалаеўская вобласць', pl: 'obwód mikołajowski', lt: 'Mykolajivo sritis', de: 'Oblast Mykolajiw|Gebiet Mykolajiw', en: 'Mykolaiv Oblast|Mykolaiv region' },
  'UA-51': { bg: 'Одеска област', lv: 'Odesas apgabals', ru: 'Одесская область|Одесщина', uk: 'Одеська область|Одещина', be: 'Адэская вобласць', pl: 'obwód odeski', lt: 'Odesos sritis', de: 'Oblast Odessa|Gebiet Odessa', en: 'Odesa Oblast|Odesa region|Odessa Oblast' },
  'UA-53': { bg: 'Полтавска област', lv: 'Poltavas apgabals', ru: 'Полтавская область|Полтавщина', uk: 'Полтавська область|Полтавщина', be: 'Палтаўская вобласць', pl: 'obwód połtawski', lt: 'Poltavos sritis', de: 'Oblast Poltawa|Gebiet Poltawa', en: 'Poltava Oblast|Poltava region' },
  'UA-56': { bg: 'Ровненска област', lv: 'Rivnes apgabals', ru: 'Ровенская область|Ровенщина', uk: 'Рівненська область|Рівненщина', be: 'Ровенская вобласць', pl: 'obwód rówieński', lt: 'Rivnės sritis', de: 'Oblast Riwne|Gebiet Riwne', en: 'Rivne Oblast|Rivne region' },
  'UA-59': { bg: 'Сумска област', lv: 'Sumu apgabals', ru: 'Сумская область|Сумщина', uk: 'Сумська область|Сумщина', be: 'Сумская вобласць', pl: 'obwód sumski', lt: 'Sumų sritis', de: 'Oblast Sumy|Gebiet Sumy', en: 'Sumy Oblast|Sumy region' },
  'UA-61': { bg: 'Тернополска област', lv: 'Ternopiļas apgabals', ru: 'Тернопольская область|Тернопольщина', uk: 'Тернопільська область|Тернопільщина', be: 'Тарнопальская вобласць', pl: 'obwód tarnopolski', lt: 'Ternopilio sritis', de: 'Oblast Ternopil|Gebiet Ternopil', en: 'Ternopil Oblast|Ternopil region' },
  'UA-63': { bg: 'Харковска област', lv: 'Harkivas apgabals|Harkovas apgabals', ru: 'Харьковская область|Харьковщина', uk: 'Харківська область|Харківщина', be: 'Харкаўская вобласць', pl: 'obwód charkowski', lt: 'Charkivo sritis', de: 'Oblast Charkiw|Gebiet Charkiw', en: 'Kharkiv Oblast|Kharkiv region' },
  'UA-65': { bg: 'Херсонска област', lv: 'Hersonas apgabals', ru: 'Херсонская область|Херсонщина', uk: 'Херсонська область|Херсонщина', be: 'Херсонская вобласць', pl: 'obwód chersoński', lt: 'Chersono sritis', de: 'Oblast Cherson|Gebiet Cherson', en: 'Kherson Oblast|Kherson region' },
  'UA-68': { bg: 'Хмелницка област', lv: 'Hmeļnickas apgabals', ru: 'Хмельницкая область|Хмельнитчина', uk: 'Хмельницька область|Хмельниччина', be: 'Хмяльніцкая вобласць', pl: 'obwód chmielnicki', lt: 'Chmelnyckio sritis', de: 'Oblast Chmelnyzkyj|Gebiet Chmelnyzkyj', en: 'Khmelnytskyi Oblast|Khmelnytskyi region' },
  'UA-71': { bg: 'Черкаска област', lv: 'Čerkasu apgabals', ru: 'Черкасская область|Черкасщина', uk: 'Черкаська область|Черкащина', be: 'Чаркаская вобласць', pl: 'obwód czerkaski', lt: 'Čerkasų sritis', de: 'Oblast Tscherkassy|Gebiet Tscherkassy', en: 'Cherkasy Oblast|Cherkasy region' },
  'UA-74': { bg: 'Черниговска област', lv: 'Čerņihivas apgabals', ru: 'Черниговская область|Черниговщина', uk: 'Чернігівська область|Чернігівщина', be: 'Чарнігаўская вобласць', pl: 'obwód czernihowski', lt: 'Černihivo sritis', de: 'Oblast Tschernihiw|Gebiet Tschernihiw', en: 'Chernihiv Oblast|Chernihiv region' },
  'UA-77': { bg: 'Черновицка област', lv: 'Čerņivcu apgabals', ru: 'Черновицкая область|Буковина', uk: 'Чернівецька область|Буковина', be: 'Чарнавіцкая вобласць', pl: 'obwód czerniowiecki', lt: 'Černivcių sritis', de: 'Oblast Czernowitz|Oblast Tscherniwzi|Gebiet Czernowitz', en: 'Chernivtsi Oblast|Chernivtsi region' },
  // ── Belarus ──────────────────────────────────────────────────────────────────────────────────────────────
  'BY-BR': { bg: 'Брестка област', lv: 'Brestas apgabals', ru: 'Брестская область|Брестчина', uk: 'Берестейська область|Брестська область', be: 'Брэсцкая вобласць|Берасцейшчына', pl: 'obwód brzeski', lt: 'Bresto sritis', de: 'Oblast Brest|Gebiet Brest|Breszkaja Woblasz', en: 'Brest Region|Brest Oblast' },
  'BY-HM': { bg: 'град Минск', lv: 'Minskas pilsēta', ru: 'город Минск', uk: 'місто Мінськ', be: 'горад Мінск', pl: 'miasto Mińsk', lt: 'Minsko miestas', de: 'Stadt Minsk', en: 'Minsk City' },
  'BY-HO': { bg: 'Гомелска област', lv: 'Gomeļas apgabals|Homeļas apgabals', ru: 'Гомельская область|Гомельщина', uk: 'Гомельська область', be: 'Гомельская вобласць|Гомельшчына', pl: 'obwód homelski', lt: 'Gomelio sritis', de: 'Oblast Homel|Gebiet Gomel|Oblast Gomel', en: 'Gomel Region|Homiel Region|Gomel Oblast' },
  'BY-HR': { bg: 'Гродненска област', lv: 'Grodņas apgabals', ru: 'Гродненская область|Гродненщина', uk: 'Гродненська область', be: 'Гродзенская вобласць|Гродзеншчына', pl: 'obwód grodzieński', lt: 'Gardino sritis', de: 'Oblast Hrodna|Gebiet Grodno|Oblast Grodno', en: 'Grodno Region|Hrodna Region|Grodno Oblast' },
  'BY-MA': { bg: 'Могильовска област', lv: 'Mogiļevas apgabals', ru: 'Могилёвская область|Могилевская область|Могилёвщина', uk: 'Могильовська область', be: 'Магілёўская вобласць|Магілёўшчына', pl: 'obwód mohylewski', lt: 'Mogiliovo sritis', de: 'Oblast Mahiljou|Gebiet Mogiljow|Oblast Mogiljow', en: 'Mogilev Region|Mahilyow Region|Mogilev Oblast' },
  'BY-MI': { bg: 'Минска област', lv: 'Minskas apgabals', ru: 'Минская область|Минщина', uk: 'Мінська область', be: 'Мінская вобласць|Міншчына', pl: 'obwód miński', lt: 'Minsko sritis', de: 'Oblast Minsk|Gebiet Minsk', en: 'Minsk Region|Minsk Oblast' },
  'BY-VI': { bg: 'Витебска област', lv: 'Vitebskas apgabals', ru: 'Витебская область|Витебщина', uk: 'Вітебська область', be: 'Віцебская вобласць|Віцебшчына', pl: 'obwód witebski', lt: 'Vitebsko sritis', de: 'Oblast Wizebsk|Gebiet Witebsk|Oblast Witebsk', en: 'Vitebsk Region|Vitsebsk Region|Vitebsk Oblast' },
  // ── Russia: regions bordering Ukraine, Belarus and the Baltic states; the capitals ───────────────────────────
  'RU-BEL': { bg: 'Белгородска област', lv: 'Belgorodas apgabals', ru: 'Белгородская область|Белгородчина|Белгородщина', uk: 'Бєлгородська область|Бєлгородщина', be: 'Белгарадская вобласць', pl: 'obwód biełgorodzki', lt: 'Belgorodo sritis', de: 'Oblast Belgorod|Gebiet Belgorod', en: 'Belgorod Oblast|Belgorod region' },
  'RU-BRY': { bg: 'Брянска област', lv: 'Brjanskas apgabals', ru: 'Брянская область|Брянщина', uk: 'Брянська область|Брянщина', be: 'Бранская вобласць', pl: 'obwód briański', lt: 'Briansko sritis', de: 'Oblast Brjansk|Gebiet Brjansk', en: 'Bryansk Oblast|Bryansk region' },
  'RU-KRS': { bg: 'Курска област', lv: 'Kurskas apgabals', ru: 'Курская область|Курщина', uk: 'Курська область|Курщина', be: 'Курская вобласць', pl: 'obwód kurski', lt: 'Kursko sritis', de: 'Oblast Kursk|Gebiet Kursk', en: 'Kursk Oblast|Kursk region' },
  'RU-VOR': { bg: 'Воронежка област', lv: 'Voroņežas apgabals', ru: 'Воронежская область|Воронежчина', uk: 'Воронезька область|Воронежчина', be: 'Варонежская вобласць', pl: 'obwód woroneski', lt: 'Voronežo sritis', de: 'Oblast Woronesch|Gebiet Woronesch', en: 'Voronezh Oblast|Voronezh region' },
  'RU-ROS': { bg: 'Ростовска област', lv: 'Rostovas apgabals', ru: 'Ростовская область|Ростовщина', uk: 'Ростовська область', be: 'Растоўская вобласць', pl: 'obwód rostowski', lt: 'Rostovo sritis', de: 'Oblast Rostow|Gebiet Rostow', en: 'Rostov Oblast|Rostov region' },
  'RU-SMO': { bg: 'Смоленска област', lv: 'Smoļenskas apgabals', ru: 'Смоленская область|Смоленщина', uk: 'Смоленська область|Смоленщина', be: 'Смаленская вобласць|Смаленшчына', pl: 'obwód smoleński', lt: 'Smolensko sritis', de: 'Oblast Smolensk|Gebiet Smolensk', en: 'Smolensk Oblast|Smolensk region' },
  'RU-PSK': { bg: 'Псковска област', lv: 'Pleskavas apgabals|Pskovas apgabals', ru: 'Псковская область|Псковщина', uk: 'Псковська область|Псковщина', be: 'Пскоўская вобласць', pl: 'obwód pskowski', lt: 'Pskovo sritis', de: 'Oblast Pskow|Gebiet Pskow', en: 'Pskov Oblast|Pskov region' },
  'RU-KDA': { bg: 'Краснодарски край', lv: 'Krasnodaras novads', ru: 'Краснодарский край|Кубань', uk: 'Краснодарський край|Кубань', be: 'Краснадарскі край', pl: 'Kraj Krasnodarski', lt: 'Krasnodaro kraštas', de: 'Region Krasnodar|Krai Krasnodar', en: 'Krasnodar Krai|Krasnodar region' },
  'RU-KGD': { bg: 'Калининградска област', lv: 'Kaļiņingradas apgabals', ru: 'Калининградская область', uk: 'Калінінградська область', be: 'Калінінградская вобласць', pl: 'obwód kaliningradzki|obwód królewiecki', lt: 'Kaliningrado sritis|Karaliaučiaus kraštas', de: 'Oblast Kaliningrad|Gebiet Kaliningrad', en: 'Kaliningrad Oblast|Kaliningrad region' },
  'RU-MOS': { bg: 'Московска област', lv: 'Maskavas apgabals', ru: 'Московская область|Подмосковье', uk: 'Московська область|Підмосков\'я', be: 'Маскоўская вобласць', pl: 'obwód moskiewski', lt: 'Maskvos sritis', de: 'Oblast Moskau|Gebiet Moskau', en: 'Moscow Oblast|Moscow region' },
  'RU-MOW': { bg: 'град Москва', lv: 'Maskavas pilsēta', ru: 'город Москва', uk: 'місто Москва', be: 'горад Масква', pl: 'miasto Moskwa', lt: 'Maskvos miestas', de: 'Stadt Moskau', en: 'Moscow City' },
  'RU-LEN': { bg: 'Ленинградска област', lv: 'Ļeņingradas apgabals', ru: 'Ленинградская область', uk: 'Ленінградська область', be: 'Ленінградская вобласць', pl: 'obwód leningradzki', lt: 'Leningrado sritis', de: 'Oblast Leningrad|Gebiet Leningrad', en: 'Leningrad Oblast|Leningrad region' },
  'RU-SPE': { bg: 'град Санкт Петербург', lv: 'Sanktpēterburgas pilsēta', ru: 'город Санкт-Петербург', uk: 'місто Санкт-Петербург', be: 'горад Санкт-Пецярбург', pl: 'miasto Petersburg', lt: 'Sankt Peterburgo miestas', de: 'Stadt Sankt Petersburg', en: 'Saint Petersburg City' },
  // ── Poland: voivodeships (bg, lv, lt, be curated; ru, uk, de, en from Natural Earth; pl adds the short regional names) ──
  'PL-DS': { bg: "Долносилезко войводство", lv: "Lejassilēzijas vojevodiste", lt: "Žemutinės Silezijos vaivadija", be: "Ніжнесілезскае ваяводства", pl: "województwo dolnośląskie|Dolny Śląsk" },
  'PL-KP': { bg: "Куявско-Поморско войводство", lv: "Kujāvijas-Pomožes vojevodiste", lt: "Kujavijos-Pamario vaivadija", be: "Куяўска-Паморскае ваяводства", pl: "województwo kujawsko-pomorskie" },
  'PL-LB': { bg: "Любушко войводство", lv: "Lubušas vojevodiste", lt: "Liubušo vaivadija", be: "Любускае ваяводства", pl: "województwo lubuskie" },
  'PL-LD': { bg: "Лодзко войводство", lv: "Lodzas vojevodiste", lt: "Lodzės vaivadija", be: "Лодзінскае ваяводства", pl: "województwo łódzkie" },
  'PL-LU': { bg: "Люблинско войводство", lv: "Ļubļinas vojevodiste", lt: "Liublino vaivadija", be: "Люблінскае ваяводства", pl: "województwo lubelskie|Lubelszczyzna" },
  'PL-MA': { bg: "Малополско войводство", lv: "Mazpolijas vojevodiste", lt: "Mažosios Lenkijos vaivadija", be: "Малапольскае ваяводства", pl: "województwo małopolskie|Małopolska" },
  'PL-MZ': { bg: "Мазовско войводство", lv: "Mazovijas vojevodiste", lt: "Mazovijos vaivadija", be: "Мазавецкае ваяводства", pl: "województwo mazowieckie|Mazowsze" },
  'PL-OP': { bg: "Ополско войводство", lv: "Opoles vojevodiste", lt: "Opolės vaivadija", be: "Апольскае ваяводства", pl: "województwo opolskie" },
  'PL-PD': { bg: "Подляско войводство", lv: "Podlases vojevodiste", lt: "Palenkės vaivadija", be: "Падляшскае ваяводства", pl: "województwo podlaskie|Podlasie" },
  'PL-PK': { bg: "Подкарпатско войводство", lv: "Piekarpatu vojevodiste", lt: "Pakarpatės vaivadija", be: "Падкарпацкае ваяводства", pl: "województwo podkarpackie|Podkarpacie" },
  'PL-PM': { bg: "Поморско войводство", lv: "Pomožes vojevodiste", lt: "Pamario vaivadija", be: "Паморскае ваяводства", pl: "województwo pomorskie|Pomorze" },
  'PL-SK': { bg: "Швентокшиско войводство", lv: "Švjentokšiskas vojevodiste", lt: "Švento Kryžiaus vaivadija", be: "Свентакшыскае ваяводства", pl: "województwo świętokrzyskie" },
  'PL-SL': { bg: "Силезко войводство", lv: "Silēzijas vojevodiste", lt: "Silezijos vaivadija", be: "Сілезскае ваяводства", pl: "województwo śląskie|Śląsk" },
  'PL-WN': { bg: "Варминско-Мазурско войводство", lv: "Varmijas-Mazūrijas vojevodiste", lt: "Varmijos-Mozūrų vaivadija", be: "Вармінска-Мазурскае ваяводства", pl: "województwo warmińsko-mazurskie|Warmia i Mazury" },
  'PL-WP': { bg: "Великополско войводство", lv: "Lielpolijas vojevodiste", lt: "Didžiosios Lenkijos vaivadija", be: "Велікапольскае ваяводства", pl: "województwo wielkopolskie|Wielkopolska" },
  'PL-ZP': { bg: "Западнопоморско войводство", lv: "Rietumpomožes vojevodiste", lt: "Vakarų Pamario vaivadija", be: "Заходнепаморскае ваяводства", pl: "województwo zachodniopomorskie" },
  // ── Lithuania: counties (apskritys) ──
  'LT-AL': { bg: "Алитуски окръг", lv: "Alītas apriņķis", lt: "Alytaus apskritis", be: "Алітускі павет" },
  'LT-KU': { bg: "Каунаски окръг", lv: "Kauņas apriņķis", lt: "Kauno apskritis", be: "Каўнаскі павет" },
  'LT-KL': { bg: "Клайпедски окръг", lv: "Klaipēdas apriņķis", lt: "Klaipėdos apskritis", be: "Клайпедскі павет" },
  'LT-MR': { bg: "Мариямполски окръг", lv: "Marijampoles apriņķis", lt: "Marijampolės apskritis", be: "Марыямпальскі павет" },
  'LT-PN': { bg: "Паневежки окръг", lv: "Paņevežas apriņķis", lt: "Panevėžio apskritis", be: "Панявежскі павет" },
  'LT-SA': { bg: "Шяуляйски окръг", lv: "Šauļu apriņķis", lt: "Šiaulių apskritis", be: "Шаўляйскі павет" },
  'LT-TA': { bg: "Тауражки окръг", lv: "Tauraģes apriņķis", lt: "Tauragės apskritis", be: "Таўрагскі павет" },
  'LT-TE': { bg: "Телшяйски окръг", lv: "Telšu apriņķis", lt: "Telšių apskritis", be: "Цяльшэўскі павет" },
  'LT-UT': { bg: "Утенски окръг", lv: "Utenas apriņķis", lt: "Utenos apskritis", be: "Уцянскі павет" },
  'LT-VL': { bg: "Вилнюски окръг", lv: "Viļņas apriņķis", lt: "Vilniaus apskritis", be: "Віленскі павет" },
  // ── Russia: further regions that cross-border strikes reach (lv, lt, be curated; the other languages from Natural Earth) ──
  'RU-ORL': { lv: "Orlas apgabals", lt: "Oriolo sritis", be: "Арлоўская вобласць" },
  'RU-KLU': { lv: "Kalugas apgabals", lt: "Kalugos sritis", be: "Калужская вобласць" },
  'RU-TUL': { lv: "Tulas apgabals", lt: "Tulos sritis", be: "Тульская вобласць" },
  'RU-LIP': { lv: "Ļipeckas apgabals", lt: "Lipecko sritis", be: "Ліпецкая вобласць" },
  'RU-TAM': { lv: "Tambovas apgabals", lt: "Tambovo sritis", be: "Тамбоўская вобласць" },
  'RU-RYA': { lv: "Rjazaņas apgabals", lt: "Riazanės sritis", be: "Разанская вобласць" },
  'RU-TVE': { lv: "Tveras apgabals", lt: "Tverės sritis", be: "Цвярская вобласць" },
  'RU-VGG': { lv: "Volgogradas apgabals", lt: "Volgogrado sritis", be: "Валгаградская вобласць" },
  'RU-SAR': { lv: "Saratovas apgabals", lt: "Saratovo sritis", be: "Саратаўская вобласць" },
  'RU-TA': { lv: "Tatarstāna", lt: "Tatarstanas", be: "Татарстан" },
  'RU-AD': { lv: "Adigeja", lt: "Adygėja", be: "Адыгея" },
  'RU-AST': { lv: "Astrahaņas apgabals", lt: "Astrachanės sritis", be: "Астраханская вобласць" },
  'RU-NIZ': { lv: "Ņižņijnovgorodas apgabals", lt: "Nižnij Novgorodo sritis", be: "Ніжагародская вобласць" },
  'RU-YAR': { lv: "Jaroslavļas apgabals", lt: "Jaroslavlio sritis", be: "Яраслаўская вобласць" },
  'RU-NGR': { lv: "Novgorodas apgabals", lt: "Novgorodo sritis", be: "Наўгародская вобласць" },
  'RU-IVA': { lv: "Ivanovas apgabals", lt: "Ivanovo sritis", be: "Іванаўская вобласць" },
  'RU-VLA': { lv: "Vladimiras apgabals", lt: "Vladimiro sritis", be: "Уладзімірская вобласць" },
  'RU-KOS': { lv: "Kostromas apgabals", lt: "Kostromos sritis", be: "Кастрамская вобласць" },
  'RU-PNZ': { lv: "Penzas apgabals", lt: "Penzos sritis", be: "Пензенская вобласць" },
  'RU-SAM': { lv: "Samaras apgabals", lt: "Samaros sritis", be: "Самарская вобласць" },
  // ── United States: the two states whose name is also a city's (New York, Washington) get the "State" forms only ──
  'US-NY': { bg: 'щат Ню Йорк', lv: 'Ņujorkas štats', ru: 'штат Нью-Йорк', uk: 'штат Нью-Йорк', be: 'штат Нью-Ёрк', pl: 'stan Nowy Jork', lt: 'Niujorko valstija', de: 'Bundesstaat New York', en: 'New York State' },
  'US-WA': { bg: 'щат Вашингтон', lv: 'Vašingtonas štats', ru: 'штат Вашингтон', uk: 'штат Вашингтон', be: 'штат Вашынгтон', pl: 'stan Waszyngton', lt: 'Vašingtono valstija', de: 'Bundesstaat Washington', en: 'Washington State' },
};
