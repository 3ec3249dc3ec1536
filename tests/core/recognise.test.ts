import { describe, expect, it } from 'vitest';
import { recogniseToponyms } from '../../src/core/recognise';
import { BELGOROD_OBLAST, BREST_BY, GOMEL, KHARKIV, KYIV, MINSK, MOSCOW, RIGA, index, placeIds, placesIn } from './recogniseHelpers';
import type { LanguageCode } from '../../src/core/types';

/** Each surface, written inside a sentence, is recognised as the place. */
function expectEach(lang: LanguageCode, cases: [string, string][], frame = (s: string) => `… ${s} …`) {
  for (const [surface, id] of cases) {
    const text = frame(surface);
    const found = placesIn(text, lang);
    expect(found, `${lang}: ${text}`).toContainEqual([surface, id]);
  }
}

describe('recogniseToponyms: inflected names in nine languages', () => {
  it('Bulgarian', () => {
    expectEach('bg', [
      ['Минск', MINSK], ['Киев', KYIV], ['Рига', RIGA], ['Беларус', 'country:BY'], ['Украйна', 'country:UA'],
      ['Русия', 'country:RU'], ['Москва', MOSCOW], ['Белгородска област', BELGOROD_OBLAST], ['Белгородската област', BELGOROD_OBLAST],
    ]);
  });

  it('Latvian', () => {
    expectEach('lv', [
      ['Minskā', MINSK], ['Minsku', MINSK], ['Minskas', MINSK], ['Baltkrievija', 'country:BY'], ['Baltkrievijā', 'country:BY'],
      ['Baltkrieviju', 'country:BY'], ['Baltkrievijas', 'country:BY'], ['Krievijas', 'country:RU'], ['Ukrainu', 'country:UA'],
      ['Ukrainā', 'country:UA'], ['Kijivai', KYIV], ['Kijivas apgabalā', 'region:UA-32'], ['Brestas apgabalā', 'region:BY-BR'],
    ]);
  });

  it('Russian', () => {
    expectEach('ru', [['Риге', RIGA], ['Гомелем', GOMEL], ['Белгородской области', BELGOROD_OBLAST], ['Москвы', MOSCOW], ['Харькове', KHARKIV], ['Белоруссией', 'country:BY'], ['Стрые', 'city:692372']]);
    expect(placesIn('Взрывы прогремели в Риге и под Гомелем.', 'ru')).toEqual([['Риге', RIGA], ['Гомелем', GOMEL]]);
  });

  it('Ukrainian, with consonant and vowel alternations', () => {
    expectEach('uk', [['Мінська', MINSK], ['Києві', KYIV], ['Києва', KYIV], ['Ризі', RIGA], ['Харкові', KHARKIV], ['Росії', 'country:RU'], ['Білоруссю', 'country:BY']]);
  });

  it('Ukrainian: the region\'s administration (ОВА, ОДА) is named like the region ("начальник Київської ОВА")', () => {
    expectEach('uk', [['Київської ОВА', 'region:UA-32'], ['Харківської ОДА', 'region:UA-63'], ['Одеській ОВА', 'region:UA-51']], (s) => `За словами начальника ${s} Олега Іваненка, …`);
  });

  it('Ukrainian and Russian region nouns derived from the centre (Київщина)', () => {
    expectEach('uk', [['Київщина', 'region:UA-32'], ['Київщині', 'region:UA-32'], ['Харківщину', 'region:UA-63']]);
    expectEach('ru', [['Белгородчине', BELGOROD_OBLAST]]);
  });

  it('the е of -ец / -ець / -iec drops (Марганец → Марганца, Єлець → Єльця, Marhaniec → Marhańca)', () => {
    const MARHANETS = 'city:701855';
    const YELETS = 'city:467978';
    expectEach('ru', [['Марганца', MARHANETS], ['Череповце', 'city:569223'], ['Ельцом', YELETS]]);
    expectEach('uk', [['Марганця', MARHANETS], ['Кременці', 'city:704143'], ['Єльця', YELETS]]);
    expectEach('be', [['Марганца', MARHANETS], ['Лунінцы', 'city:625818'], ['Ельца', YELETS]]);
    expectEach('pl', [['Marhańca', MARHANETS], ['Łunińcu', 'city:625818'], ['Jelcem', YELETS]]);
  });

  it('a plural in -ки / -кі takes a vowel before its last consonant when it has no ending (около Сувалок, каля Сувалак)', () => {
    const SUWALKI = 'city:757718';
    expectEach('ru', [['Сувалок', SUWALKI], ['Сувалках', SUWALKI], ['Сувалками', SUWALKI]]);
    expectEach('uk', [['Сувалок', SUWALKI], ['Сувалках', SUWALKI]]);
    expectEach('be', [['Сувалак', SUWALKI], ['Сувалках', SUWALKI]]);
  });

  it('Belarusian', () => {
    expectEach('be', [['Мінску', MINSK], ['Кіеве', KYIV], ['Рызе', RIGA], ['Гомельскай вобласці', 'region:BY-HO'], ['Беларусі', 'country:BY'], ['Мазыром', 'city:625324'], ['Падмаскоўем', 'region:RU-MOS'], ['Францыі', 'country:FR'], ['Турцыю', 'country:TR'], ['Кропіўніцкім', 'city:705812'], ['Мінску-Мазавецкім', 'city:764679']]);
    // аканне: the unstressed о of a Ukrainian or Russian name is а (Коростень → Каросцень, Конотоп → у Канатопе)
    expectEach('be', [['Каросцень', 'city:704901'], ['Канатопе', 'city:705135']]);
    // After a vowel Belarusian writes ў for у, also at the start of a name.
    expect(placesIn('Расія і Ўкраіна; ва Ўкраіне.', 'be')).toEqual([['Расія', 'country:RU'], ['Ўкраіна', 'country:UA'], ['Ўкраіне', 'country:UA']]);
  });

  it('Polish, including adjectival region names in either order', () => {
    expectEach('pl', [
      ['Mińsku', MINSK], ['Rydze', RIGA], ['Brześcia', BREST_BY], ['obwodu biełgorodzkiego', BELGOROD_OBLAST],
      ['obwodzie biełgorodzkim', BELGOROD_OBLAST], ['biełgorodzkiego obwodu', BELGOROD_OBLAST], ['Kijowie', KYIV], ['Białorusi', 'country:BY'],
    ]);
  });

  it('Polish plural town names and Belarusian neuter region adjectives', () => {
    expect(placesIn('Alarm ogłoszono też w Katowicach i w okolicach Katowic.', 'pl')).toEqual([['Katowicach', 'city:3096472'], ['Katowic', 'city:3096472']]);
    expect(placeIds('Вучэнні прайшлі ў Падляшскім ваяводстве.', 'be')).toEqual(['region:PL-PD']);
  });

  it('Lithuanian', () => {
    expectEach('lt', [['Minske', MINSK], ['Kyjivą', KYIV], ['Rygoje', RIGA], ['Charkivo srityje', 'region:UA-63'], ['Baltarusijos', 'country:BY']]);
  });

  it('German and English', () => {
    expectEach('de', [['Kiew', KYIV], ['Gebiet Belgorod', BELGOROD_OBLAST], ['Russlands', 'country:RU'], ['Moskau', MOSCOW]]);
    expectEach('en', [['Kyiv', KYIV], ["Kyiv's", KYIV], ['Belgorod region', BELGOROD_OBLAST], ['Minsk', MINSK]]);
  });

  it('names of several words that all decline (plural adjective + noun)', () => {
    expectEach('ru', [['Соединённых Штатах', 'country:US']]);
    expectEach('uk', [['Сполучених Штатах', 'country:US']]);
    expectEach('pl', [['Stanach Zjednoczonych', 'country:US'], ['Niemczech', 'country:DE'], ['Białymstoku', 'city:776069']]);
    expectEach('lt', [['Jungtinėse Valstijose', 'country:US']]);
    expectEach('de', [['Vereinigten Staaten', 'country:US']]);
  });

  it('Ukrainian plural names in the genitive: Саки → Саків', () => {
    expectEach('uk', [['Саків', 'city:694910']]);
  });

  it('Lithuanian names that are plural (Smurgainys: genitive Smurgainių, locative Smurgainiuose)', () => {
    expectEach('lt', [['Smurgainių', 'city:621713'], ['Smurgainiuose', 'city:621713']]);
  });

  it('a region named by its centre and a region word ("Kaliningrad exclave", "Kharkiv region")', () => {
    expect(placesIn("Russia's Kaliningrad exclave", 'en')).toContainEqual(['Kaliningrad exclave', 'region:RU-KGD']);
    expect(placesIn('in the Kharkiv region', 'en')).toContainEqual(['Kharkiv region', 'region:UA-63']);
  });

  it('English: a regional centre right before "governor" stands for its region ("Belgorod Governor Vyacheslav Gladkov")', () => {
    expect(placesIn('Belgorod Governor Vyacheslav Gladkov said two people were injured.', 'en')).toEqual([['Belgorod', BELGOROD_OBLAST]]);
    expect(placesIn('Kharkiv Mayor Ihor Terekhov said a missile hit the city.', 'en')).toEqual([['Kharkiv', KHARKIV]]);
  });

  it('one region word after two names joined by "and" makes both regions', () => {
    expect(placeIds('над Брянской и Курской областями сбиты дроны', 'ru')).toEqual(['region:RU-BRY', 'region:RU-KRS']);
    expect(placeIds('у Харківській та Сумській областях', 'uk')).toEqual(['region:UA-63', 'region:UA-59']);
    expect(placeIds('Labiausiai nukentėjo Kyjivo ir Lvovo sritys.', 'lt')).toEqual(['region:UA-32', 'region:UA-46']);
    // … but a town in another case stays a town.
    expect(placeIds('в Киеве и Харьковской области', 'ru')).toEqual([KYIV, 'region:UA-63']);
  });

  it('gives exact offsets: text.slice(start, end) is the surface', () => {
    const text = 'Путин кацна в Минск, а после — в Белгородската област.';
    for (const c of recogniseToponyms(text, 'bg', index)) expect(text.slice(c.start, c.end)).toBe(c.surface);
  });
});

describe('recogniseToponyms: what is not a place', () => {
  it('person names, organisations and metonyms', () => {
    expect(placeIds('Лукашенко каза, че НАТО и Укренерго грешат. Кремъл отрече.', 'bg')).toEqual([]);
    expect(placeIds('Putins un Putinam pateicās Lukašenko.', 'lv')).toEqual([]);
    expect(placeIds('The Kremlin said NATO was wrong.', 'en')).toEqual([]);
  });

  it('adjectives and demonyms', () => {
    expect(placeIds('руските сили и беларуските сили. Беларуският президент говори.', 'bg')).toEqual([]);
    expect(placeIds('par baltkrievu tautas interešu nodevību', 'lv')).toEqual([]);
    expect(placeIds('российские войска и белорусские военные', 'ru')).toEqual([]);
    expect(placeIds('ukrainische Truppen und russische Soldaten', 'de')).toEqual([]);
  });

  it('a first name that is also a town, followed by the surname in the same case', () => {
    expect(placeIds('Владимир Путин прибыл. Встреча с Владимиром Путиным.', 'ru')).toEqual([]);
    // A small town's name before a surname is a first name whatever the endings (Marki, Poland).
    expect(placeIds('Ministrs tikās ar NATO ģenerālsekretāru Marku Riti.', 'lv')).toEqual([]);
    expect(placeIds('President Volodymyr Zelensky and Vladimir Putin.', 'en')).toEqual([]);
    // … but a place followed by the subject of the sentence stays a place.
    expect(placeIds('В Минске Лукашенко заявил о переговорах.', 'ru')).toEqual([MINSK]);
    // Bulgarian has no cases to agree: Владимир is a stop form, and a town before a name stays a town.
    expect(placeIds('Владимир Путин кацна. В Киев Зеленски заяви, че ще се бие.', 'bg')).toEqual([KYIV]);
    // A capitalised word in the same case before a district word is a district of the town, not a surname.
    expect(placeIds('Droni trāpīja mājai Kijivas Darnicas rajonā.', 'lv')).toEqual([KYIV]);
  });

  it('a Russian name in -ой declines as an adjective or as a noun (Донской → в Донском; Джанкой → в районе Джанкоя)', () => {
    expect(placeIds('Обломки упали в районе Джанкоя, под Джанкоем и в Джанкое.', 'ru')).toEqual(['city:709334']);
    expect(placeIds('Совещание прошло в Донском.', 'ru')).toEqual(['city:565290']);
  });

  it('a place that heads an organisation\'s name ("Ventspils University") is no mention', () => {
    expect(placeIds('Researchers at Ventspils University presented sensors. Kyiv National University closed.', 'en')).toEqual([]);
    // … but a university in a place names the place
    expect(placeIds('A university in Kyiv was damaged.', 'en')).toEqual(['city:703448']);
  });

  it('a town spelled by a surname after a first name or an initial', () => {
    expect(placeIds('Pratybas stebės krašto apsaugos ministras Robertas Kaunas.', 'lt')).toEqual([]);
    expect(placeIds('Pasak R. Kaunas, brigada bus dislokuota iki 2027 metų.', 'lt')).toEqual([]);
    expect(placeIds('Об этом сообщил губернатор Александр Гусев.', 'ru')).toEqual([]);
    // … but a town after a word that opens the sentence is still a town
    expect(placeIds('Вчера Харьков снова атаковали.', 'ru')).toEqual(['city:706483']);
    expect(placeIds('Pratybos vyks Kaune.', 'lt')).toEqual(['city:598316']);
    // an inflected town after a name is its object: Putin visited Minsk
    expect(placeIds('Pēdējo reizi Putins Minsku apmeklēja 2019. gadā.', 'lv')).toEqual(['city:625144']);
  });

  it('capitalised common words that spell a town', () => {
    expect(placeIds('Nice to meet you, said the mayor of Mobile.', 'en')).toEqual([]);
    // Sentence-initial and written in lower case elsewhere in the text: an adjective, not the town of Mirny.
    expect(placeIds('Мирный житель пострадал. Это был мирный день.', 'ru')).toEqual([]);
    expect(placeIds('Жители города Мирный эвакуированы.', 'ru')).toEqual(['city:526346']);
    // A proper adjective is not the country: Wojsko Polskie (the Polish Army).
    expect(placeIds('Wojsko Polskie prowadzi ćwiczenia w Polsce.', 'pl')).toEqual(['country:PL']);
    expect(placesIn('Wojsko Polskie prowadzi ćwiczenia w Polsce.', 'pl')).toEqual([['Polsce', 'country:PL']]);
  });

  it('an adjectival town name before the noun it qualifies names a district or a fleet', () => {
    expect(placeIds('Обстріли тривали у Приморському районі міста.', 'uk')).toEqual([]);
    expect(placeIds('Удар по кораблю Чорноморського флоту.', 'uk')).toEqual([]);
  });

  it('the bank of a river names the river: "з лівого берега Дніпра"', () => {
    expect(placeIds('Окупанти обстрілюють місто з лівого берега Дніпра.', 'uk')).toEqual([]);
  });

  it('Britain and Great Britain are the United Kingdom', () => {
    expect(placeIds('Britain pledged more air defence.', 'en')).toEqual(['country:GB']);
    expect(placeIds('Делегації Великої Британії та Польщі.', 'uk')).toContain('country:GB');
  });

  it('"the Sea of Azov" names the sea, not the town of Azov', () => {
    expect(placeIds('Cruise missiles were launched by aircraft over the Sea of Azov.', 'en')).toEqual([]);
  });

  it("a town's name used for a river, strait or gap", () => {
    expect(placeIds('Troops crossed the Dnipro River near the Suwałki Gap.', 'en')).toEqual([]);
    expect(placeIds('Войска форсировали реку Днепр.', 'ru')).toEqual([]);
    expect(placeIds('Drones struck Dnipro overnight.', 'en')).toEqual(['city:709930']);
  });

  it('lower-case words are not names', () => {
    expect(placeIds('рига москва минск', 'ru')).toEqual([]);
  });
});

describe('recogniseToponyms: Sovetsk is Советск, not the rule\'s reading "Совецк"', () => {
  it('"под Черняховском и Советском"', () => {
    expect(placeIds('Артиллеристы стреляют под Черняховском и Советском.', 'ru')).toEqual(['city:568595', 'city:490068']);
  });
});

describe('recogniseToponyms: Belarusian к → ц is hard, so ы follows it', () => {
  it('"у Шостцы" is Shostka', () => {
    expect(placeIds('Дроны ўпалі ў Шостцы.', 'be')).toEqual(['city:693942']);
  });
});

describe('recogniseToponyms: Bulgarian writes Новоросийск with one с', () => {
  it('"край Новоросийск"', () => {
    expect(placeIds('Корабите са провели стрелби край Новоросийск.', 'bg')).toEqual(['city:518255']);
  });
});

describe('recogniseToponyms: German writes Chișinău with and without its diacritics', () => {
  it('"Chisinau" as well as "Chișinău" and "Kischinau"', () => {
    expect(placeIds('In der Hauptstadt Chisinau traf der Minister Präsidentin Sandu.', 'de')).toEqual(['city:618426']);
  });
});

describe('recogniseToponyms: Belarusian spellings', () => {
  it('a Russian town in Belarusian spelling, and the classical orthography of Minsk', () => {
    expect(placeIds('Лукашэнка і Пуцін сустрэліся ў Сочы.', 'be')).toEqual(['city:491422']);
    expect(placeIds('Сустрэча адбылася ў Менску.', 'be')).toEqual(['city:625144']);
  });
});

describe('recogniseToponyms: a plural region word makes a whole list of names regions', () => {
  it.each([
    ['lt', 'Dronai numušti virš Charkivo, Sumų ir Poltavos sričių.', ['region:UA-63', 'region:UA-59', 'region:UA-53']],
    ['ru', 'Беспилотники сбиты над Брянской, Курской и Белгородской областями.', ['region:RU-BRY', 'region:RU-KRS', 'region:RU-BEL']],
    // a hyphenated adjective in the list, first or not
    ['ru', 'Повреждены подстанции в Ивано-Франковской, Тернопольской и Хмельницкой областях.', ['region:UA-26', 'region:UA-61', 'region:UA-68']],
    ['uk', 'Пошкоджено підстанції в Тернопільській, Івано-Франківській і Хмельницькій областях.', ['region:UA-61', 'region:UA-26', 'region:UA-68']],
    ['de', 'Drohnen wurden über den Gebieten Brjansk, Kursk und Woronesch abgeschossen.', ['region:RU-BRY', 'region:RU-KRS', 'region:RU-VOR']],
    ['en', 'Drones were downed over the Kursk, Bryansk and Belgorod regions.', ['region:RU-KRS', 'region:RU-BRY', 'region:RU-BEL']],
    ['en', 'The manoeuvres are held in the Brest, Grodno and Vitebsk regions.', ['region:BY-BR', 'region:BY-HR', 'region:BY-VI']],
    ['lt', 'Pratybos vyks Vilniaus ir Kauno apskrityse.', ['region:LT-VL', 'region:LT-KU']],
    // Latvian shares a singular region word over a list closed by "and"
    ['lv', 'Dronus notrieca virs Žitomiras, Hmeļnickas un Vinnicas apgabala.', ['region:UA-18', 'region:UA-68', 'region:UA-05']],
    // … also when the members are towns' names in the genitive, not the nominative
    ['lv', 'Droni notriekti virs Harkivas, Sumu un Poltavas apgabala.', ['region:UA-63', 'region:UA-59', 'region:UA-53']],
    ['lv', 'Krievija naktī uzbrukusi Poltavas un Čerkasu apgabalam.', ['country:RU', 'region:UA-53', 'region:UA-71']],
    ['lv', 'Harkiva un Poltavas apgabals cieta no uzbrukuma.', ['city:706483', 'region:UA-53']],
  ] as const)('%s: %s', (lang, text, regions) => {
    expect(placeIds(text, lang)).toEqual(regions);
  });

  it('a renamed town whose region kept the old name stands for that region', () => {
    // "Dnipropetrovsk" alone is Dnipro's former name; in a list of regions it is Dnipropetrovsk Oblast.
    expect(placeIds('Outages were imposed in the Poltava, Dnipropetrovsk and Odesa regions.', 'en')).toEqual(['region:UA-53', 'region:UA-12', 'region:UA-51']);
    // Lithuanian "bei" (and) closes a list as "ir" does.
    expect(placeIds('Numušimų būta virš Poltavos bei Dnipropetrovsko sričių.', 'lt')).toEqual(['region:UA-53', 'region:UA-12']);
  });

  it('a region adjective alone after the same preposition as a full region name before it is a region too', () => {
    expect(placeIds('Сбиты 40 дронов: 20 — над Брянской областью, 12 — над Курской, восемь — над Воронежской.', 'ru')).toEqual(['region:RU-BRY', 'region:RU-KRS', 'region:RU-VOR']);
    expect(placeIds('Збито 30 дронів: 12 — над Сумською областю, 10 — над Харківською.', 'uk')).toEqual(['region:UA-59', 'region:UA-63']);
    // … or right after "and" that follows one, whichever side of the region word the adjective stands
    expect(placeIds('Nad obwodem briańskim i kurskim zestrzelono 57 dronów.', 'pl')).toEqual(['region:RU-BRY', 'region:RU-KRS']);
    expect(placeIds('Дроны сбиты над Брянской областью и Курской.', 'ru')).toEqual(['region:RU-BRY', 'region:RU-KRS']);
    // the preposition may govern a noun before the full name ("над территорией Брянской области")
    expect(placeIds('Сбиты 32 дрона: 20 — над территорией Брянской области, 12 — над Курской.', 'ru')).toEqual(['region:RU-BRY', 'region:RU-KRS']);
    // not when a noun follows it: "над Курской АЭС" is the power plant
    expect(placeIds('Дроны сбиты над Брянской областью и над Курской АЭС.', 'ru')).toEqual(['region:RU-BRY']);
  });

  it('a singular region word leaves the towns of a list towns', () => {
    expect(placeIds('Дроны сбиты над Брянском, Курском и Белгородской областью.', 'ru')).toEqual(['city:571476', 'city:538560', 'region:RU-BEL']);
  });
});

describe('recogniseToponyms: borders', () => {
  it('names both sides: "границата на Украйна с Русия и Беларус"', () => {
    const text = 'Ситуацията по границата на Украйна с Русия и Беларус е приоритет.';
    const borders = placesIn(text, 'bg').filter(([, id]) => id.startsWith('border:'));
    expect(borders).toEqual([['границата', 'border:RU-UA'], ['границата', 'border:BY-UA']]);
    // The countries named in the phrase stay mentions of their countries.
    expect(placeIds(text, 'bg')).toEqual(expect.arrayContaining(['country:UA', 'country:RU', 'country:BY']));
  });

  it('by adjectives and compounds', () => {
    expect(placeIds('Patrols on the Belarus–Ukraine border.', 'en')).toContain('border:BY-UA');
    expect(placeIds('Na granicy białorusko-ukraińskiej trwają ćwiczenia.', 'pl')).toEqual(['border:BY-UA']);
    expect(placeIds('вдоль российско-украинской границы', 'ru')).toEqual(['border:RU-UA']);
    expect(placeIds('an der belarussisch-ukrainischen Grenze', 'de')).toEqual(['border:BY-UA']);
  });

  it('an unsaid side comes from the sentence, then from the article', () => {
    expect(placeIds('Belarus held drills near the border with Poland.', 'en')).toContain('border:BY-PL');
    expect(placeIds('Polish troops are on alert near the border with Belarus.', 'en')).toContain('border:BY-PL');
    expect(placeIds('Україна посилює оборону. На кордоні з Білоруссю тривають навчання.', 'uk')).toContain('border:BY-UA');
    expect(placeIds('Baltkrievijā notiek mācības pie robežas ar Lietuvu.', 'lv')).toContain('border:BY-LT');
    // The nearest country before the phrase, not the sentence's first: Belarus here, not Russia.
    expect(placeIds('Russia held drills in Kaliningrad, while in Belarus, near the border with Poland, Wagner trained.', 'en')).toContain('border:BY-PL');
    expect(placeIds('Rusija surengė pratybas, o Baltarusijoje, prie sienos su Lenkija, treniravosi kariai.', 'lt')).toContain('border:BY-PL');
    // A list of countries before it: its first member.
    expect(placeIds('Белоруссия и Россия начали совместные учения у границы с Польшей.', 'ru')).toContain('border:BY-PL');
    // Only a neighbour of the named side can be the unsaid one: Lithuania, not the Netherlands, nearer in the list.
    expect(placeIds('Soldaten aus Deutschland, Litauen und den Niederlanden haben eine Übung nahe der Grenze zu Belarus begonnen.', 'de')).toContain('border:BY-LT');
    // A list before the nearest country does not count: Belarus's border here, not Russia's.
    expect(placeIds('Rusija ir Baltarusija surengė pratybas; dalis manevrų vyko Baltarusijos Gardino srityje, netoli sienos su Lietuva.', 'lt')).toContain('border:BY-LT');
    // Polish genitive plural: "near the borders with Belarus and Lithuania" of the country in question.
    expect(placeIds('Polska wzmacnia wojsko. Manewry trwają w pobliżu granic z Białorusią i Litwą.', 'pl')).toEqual(expect.arrayContaining(['border:BY-PL', 'border:LT-PL']));
    // A region names the country it lies in: Poland's border with Russia.
    expect(placeIds('Polska wzmacnia wschodnią flankę. Żołnierze ćwiczą w pobliżu granicy z obwodem kaliningradzkim.', 'pl')).toContain('border:PL-RU');
    // A sentence that names no country goes on telling of the country of the sentence before it.
    expect(placeIds('Polen hält Manöver ab. Geübt wird nahe der Grenze zu Belarus.', 'de')).toContain('border:BY-PL');
    // ... unless it names a town: the town's country, not the one the sentence before named.
    const ashmyany = placeIds('Gardino srityje pratybos vyksta netoli sienų su Lenkija ir Lietuva. Dar vienas batalionas pratybas vykdo prie Ašmenos, netoli Lietuvos sienos.', 'lt');
    expect(ashmyany).toContain('border:BY-LT');
    expect(ashmyany).not.toContain('border:LT-PL');
  });

  it('after a comma only a name goes on with the list of sides, and a partner country is no side', () => {
    const said = placeIds('Belarus and Russia began drills near the borders with Poland and Lithuania, the Belarusian Defence Ministry said.', 'en');
    expect(said).toEqual(expect.arrayContaining(['border:BY-PL', 'border:BY-LT']));
    expect(said).not.toContain('border:BY-RU');
    expect(said).not.toContain('border:PL-RU');
    // A partner country ("joint with Russia") is not the country whose border it is.
    expect(placeIds('В Беларуси начались совместные с Россией учения вблизи границ с Польшей и Литвой.', 'ru')).toEqual(expect.arrayContaining(['border:BY-PL', 'border:BY-LT']));
    expect(placeIds('Belarus held drills with Russia near the border with Lithuania.', 'en')).toContain('border:BY-LT');
    expect(placeIds('Belarus held drills with Russia near the border with Lithuania.', 'en')).not.toContain('border:LT-RU');
    // A list in commas still lists sides.
    expect(placeIds('Ukraine guards its borders with Russia, Belarus and Moldova.', 'en')).toEqual(expect.arrayContaining(['border:RU-UA', 'border:BY-UA', 'border:MD-UA']));
  });

  it('a plural border word after a list of sides makes each a border of the country in question', () => {
    expect(placeIds('Belarus launches snap drills near Polish and Lithuanian borders.', 'en')).toEqual(['country:BY', 'border:BY-PL', 'border:BY-LT']);
    expect(placeIds('Белоруссия начала учения у польской и литовской границ.', 'ru')).toEqual(expect.arrayContaining(['border:BY-PL', 'border:BY-LT']));
    // … and so does one before the sides: "у границ Польши и Литвы" (at the borders of Poland and of Lithuania)
    expect(placeIds('Белоруссия начала учения у границ Польши и Литвы.', 'ru')).toEqual(expect.arrayContaining(['border:BY-PL', 'border:BY-LT']));
    expect(placeIds('Белоруссия начала учения у границ Польши и Литвы.', 'ru')).not.toContain('border:LT-PL');
    // A singular border word still pairs the two ("the Polish and Lithuanian border" is theirs), and so do dashes.
    expect(placeIds('Belarus watches the Polish and Lithuanian border.', 'en')).toContain('border:LT-PL');
    expect(placeIds('Belarus guards the Belarus-Ukraine and Belarus-Poland borders.', 'en')).toEqual(expect.arrayContaining(['border:BY-UA', 'border:BY-PL']));
    // Belarusian plurals with ў, which words are read with as у
    expect(placeIds('Беларусь пачала вучэнні ля межаў з Польшчай і Літвой.', 'be')).toEqual(expect.arrayContaining(['border:BY-PL', 'border:BY-LT']));
  });

  it('a lone adjective borrows the partner the article states elsewhere', () => {
    const text = 'Беларуската граница е "приоритет". Ситуацията по границата на Украйна с Русия и Беларус.';
    expect(placeIds(text, 'bg')).toContain('border:BY-UA');
    expect(placeIds(text, 'bg')).not.toContain('border:BY-RU');
  });

  it('"near X\'s border" is the border of X with the country in question', () => {
    expect(placeIds('Latvija stiprina robežu. Mācības notika tieši pie Baltkrievijas robežas.', 'lv')).toContain('border:BY-LV');
    expect(placeIds('Lietuva stiprina kariuomenę. Pratybos vyko prie Baltarusijos sienos.', 'lt')).toContain('border:BY-LT');
    expect(placeIds("Lithuania reinforced its army. Troops deployed near Belarus's border.", 'en')).toContain('border:BY-LT');
  });

  it('border-guard compounds and a border with no country are not places', () => {
    expect(placeIds('Lithuania said border guards saw nothing unusual.', 'en')).toEqual(['country:LT']);
    expect(placeIds('Robežsargi ziņoja par incidentu.', 'lv')).toEqual([]);
  });
});

describe('recogniseToponyms: region adjectives whose region word comes only at the end of the count', () => {
  it('"19 — над Брянской, 11 — над Курской, остальные — над Калужской и Липецкой областями"', () => {
    const found = placesIn('Уничтожены 46 беспилотников: 19 — над Брянской, 11 — над Курской, остальные — над Калужской и Липецкой областями.', 'ru').map(([, id]) => id);
    expect(found).toEqual(['region:RU-BRY', 'region:RU-KRS', 'region:RU-KLU', 'region:RU-LIP']);
  });
  it('Belarusian: "19 — над Бранскай, 11 — над Курскай, астатнія — над Калужскай і Ліпецкай абласцямі"', () => {
    const found = placesIn('Перахоплены 46 беспілотнікаў: 19 — над Бранскай, 11 — над Курскай, астатнія — над Калужскай і Ліпецкай абласцямі.', 'be').map(([, id]) => id);
    expect(found).toEqual(['region:RU-BRY', 'region:RU-KRS', 'region:RU-KLU', 'region:RU-LIP']);
  });
});

it('Russian press spellings of Ukrainian towns that the rule from the Ukrainian name does not give (curated: Черкассы, Бурштын)', () => {
  expect(placesIn('В Черкассах ночью работала ПВО, а в Бурштыне повреждена ТЭС.', 'ru')).toEqual([['Черкассах', 'city:710791'], ['Бурштыне', 'city:711134']]);
});
