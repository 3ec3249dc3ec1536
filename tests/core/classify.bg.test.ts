// Bulgarian event cues (src/core/languages/bg.ts) on invented sentences: the whole family of each cue (nouns, both
// aspects, participles), the words that look like cues but are not, "на" meaning "of", and hypothetical events.
import { describe, expect, test } from 'vitest';
import { classify, summary } from './classifyHelpers';
import { placesIn } from './recogniseHelpers';

const KYIV = 'city:703448';
const KHERSON = 'city:706448';
const KHARKIV = 'city:706483';
const ODESA = 'city:698740';
const LVIV = 'city:702550';
const SUMY = 'city:692194';
const IZMAIL = 'city:707308';
const NIKOPOL = 'city:700051';
const ENERHODAR = 'city:709276';
const BRUSSELS = 'city:2800866';
const WARSAW = 'city:756135';
const VILNIUS = 'city:593116';
const RIGA = 'city:456172';
const GRODNO = 'city:627904';
const BREST = 'city:629634';
const GOMEL = 'city:627907';
const MINSK = 'city:625144';
const BY = 'country:BY';
const PL = 'country:PL';
const LT = 'country:LT';
const RU = 'country:RU';
const UA = 'country:UA';

const events = (text: string, places: Record<string, string>) => summary(classify('bg', text, places));

describe('Bulgarian strikes: attacks, what they did, interceptions, casualties', () => {
  test.each([
    ['Противовъздушната отбрана прехващаше ракети над Киев цяла нощ.', { Киев: KYIV }, KYIV],
    ['Отломки от дрон паднаха върху жилищна сграда в Харков.', { Харков: KHARKIV }, KHARKIV],
    ['Унищожени са складове за зърно в Измаил.', { Измаил: IZMAIL }, IZMAIL],
    ['Енергийни съоръжения в Лвов бяха разрушени.', { Лвов: LVIV }, LVIV],
    ['В Суми пострадаха шестима души.', { Суми: SUMY }, SUMY],
    ['Двама души загинаха в Одеса.', { Одеса: ODESA }, ODESA],
    ['Над Киев бяха неутрализирани дванадесет дрона.', { Киев: KYIV }, KYIV],
    ['Руските войски щурмуваха Харков от три посоки.', { Харков: KHARKIV }, KHARKIV],
    ['Противовъздушната отбрана е работила над Киев.', { Киев: KYIV }, KYIV],
    ['Харков попадна под обстрел през нощта.', { Харков: KHARKIV }, KHARKIV],
    ['Дрон експлодира над Харков.', { Харков: KHARKIV }, KHARKIV],
    ['Руските войски всеки ден удрят Суми с артилерия.', { Суми: SUMY }, SUMY],
  ])('%s', (text, places, place) => {
    expect(events(text, places)).toEqual([`strike@${place}`]);
  });

  test('"на" meaning "of": a launch from the territory of a country does not happen there', () => {
    expect(events('Дроновете бяха изстреляни от територията на Беларус към Киев.', { Беларус: BY, Киев: KYIV })).toEqual([`strike@${KYIV}`]);
  });

  test('after an attack noun "на" names the actor; the target follows "срещу" / "по"', () => {
    expect(events('Масираната атака на Русия срещу енергийната система на Украйна продължи часове.', { Русия: RU, Украйна: UA })).toEqual([`strike@${UA}`]);
    expect(events('Ударите на Русия по Харков не спират.', { Русия: RU, Харков: KHARKIV })).toEqual([`strike@${KHARKIV}`]);
  });

  test('"не само" (not only) and "без жертви" (without casualties) deny nothing', () => {
    expect(events('Руските удари не само по Харков продължиха цяла нощ.', { Харков: KHARKIV })).toEqual([`strike@${KHARKIV}`]);
    expect(events('Атаката срещу Одеса мина без жертви.', { Одеса: ODESA })).toEqual([`strike@${ODESA}`]);
  });

  test('a humanitarian catastrophe after strikes does not deny them', () => {
    expect(events('Ударите по Харков доведоха до хуманитарна катастрофа.', { Харков: KHARKIV })).toEqual([`strike@${KHARKIV}`]);
  });

  test('air defence being strengthened is no interception', () => {
    expect(events('Властите призоваха партньорите да засилят противовъздушната отбрана на пристанищата в Одеса.', { Одеса: ODESA })).toEqual([]);
  });

  test('households left without power after a strike are no meeting', () => {
    expect(events('Ракета удари подстанция в Одеса. Хиляди домакинства в Одеса останаха без ток.', { Одеса: ODESA })).toEqual([`strike@${ODESA}`]);
  });

  test('strike drones as a weapon ("ударни дронове") are no strike', () => {
    expect(events('Полша ще достави ударни дронове на Киев.', { Полша: PL, Киев: KYIV })).toEqual([]);
  });

  test('bombers ("бомбардировачи") and manoeuvrable missiles are not events; the launch is', () => {
    expect(events('Руски бомбардировачи излетяха от Енгелс.', { Енгелс: 'city:563464' })).toEqual([]);
    expect(events('Маневрени ракети бяха изстреляни към Одеса.', { Одеса: ODESA })).toEqual([`strike@${ODESA}`]);
  });

  test('the security "на" (of) a country is a topic, not the place of the talks', () => {
    expect(events('Срещата в Париж беше посветена на сигурността на Украйна.', { Париж: 'city:2988507', Украйна: UA })).toEqual([`meeting@city:2988507`]);
    expect(events('Участниците в срещата обсъдиха гаранциите за сигурност на Украйна.', { Украйна: UA })).toEqual([]);
  });

  test('"the war in Ukraine" is the background, not the place of a drill', () => {
    expect(events('Броят на ученията нарасна рязко след началото на войната в Украйна.', { Украйна: UA })).toEqual([]);
  });

  test('a local official "на" a region still tells where a reported strike happened', () => {
    expect(events('Руските сили обстреляха болница, написа началникът на военната администрация на Запорожка област.', { 'Запорожка област': 'region:UA-23' })).toEqual(['strike@region:UA-23']);
  });

  test('a title "на" a country is not where the meeting before it happened', () => {
    expect(events('Преди срещата държавният секретар на САЩ проведе консултации в Париж.', { САЩ: 'country:US', Париж: 'city:2988507' })).toEqual([`meeting@city:2988507`]);
  });

  test('"north of Kyiv" is near Kyiv', () => {
    expect(events('Дронове бяха свалени на север от Киев.', { Киев: KYIV })).toEqual([`strike@${KYIV}`]);
  });

  test('a town that lies opposite another is not where the other was shelled', () => {
    expect(events('Никопол, който се намира срещу Енергодар, беше обстрелван с артилерия.', { Никопол: NIKOPOL, Енергодар: ENERHODAR })).not.toContain(`strike@${ENERHODAR}`);
  });

  test('casualty words: "ранени" (wounded) is a cue, "ранните" (early) is not', () => {
    expect(events('Петима души са ранени в Харков.', { Харков: KHARKIV })).toEqual([`strike@${KHARKIV}`]);
    expect(events('В ранните часове на деня в Харков беше тихо.', { Харков: KHARKIV })).toEqual([]);
  });
});

describe('Bulgarian meetings', () => {
  test.each([
    ['Министрите ще се срещнат в Брюксел в сряда.', { Брюксел: BRUSSELS }, BRUSSELS],
    ['Президентът на Литва гостува във Варшава.', { Литва: LT, Варшава: WARSAW }, WARSAW],
    ['Вилнюс беше домакин на срещата на върха.', { Вилнюс: VILNIUS }, VILNIUS],
    ['Лидерите проведоха съвещание в Рига.', { Рига: RIGA }, RIGA],
    ['Двамата министри преговаряха в Минск до късно.', { Минск: MINSK }, MINSK],
    ['Делегацията пристига в Киев утре сутринта.', { Киев: KYIV }, KYIV],
    ['Двамата президенти се срещат днес в Рига.', { Рига: RIGA }, RIGA],
  ])('%s', (text, places, place) => {
    expect(events(text, places)).toEqual([`meeting@${place}`]);
  });

  test('"се събраха" / "събралите се" is a gathering, "Народното събрание" (the parliament) is not', () => {
    expect(events('Той говори пред събралите се във Вилнюс министри.', { Вилнюс: VILNIUS })).toEqual([`meeting@${VILNIUS}`]);
    expect(events('Лидерите на ЕС се събраха в Брюксел.', { Брюксел: BRUSSELS })).toEqual([`meeting@${BRUSSELS}`]);
    expect(events('Народното събрание във Варшава прие бюджета.', { Варшава: WARSAW })).toEqual([]);
  });

  test('the situation "на границата" is the topic of the talks, not their place', () => {
    expect(events('Министрите разговаряха за ситуацията на границата с Беларус.', { 'границата с Беларус': 'border:BY-PL' })).toEqual([]);
  });

  test('an interview ("в разговор с БНР") after a visit does not inherit the place of the visit', () => {
    const text = 'Премиерът посети Вилнюс.\nМинистърът каза в разговор с БНР, че положението е стабилно.';
    expect(classify('bg', text, { Вилнюс: VILNIUS }).filter((e) => e.passage === 'a#1')).toEqual([]);
  });

  test('a phone call after a visit does not inherit the place of the visit; museum visitors are no visit', () => {
    const text = 'Премиерът посети Вилнюс.\nПо-късно президентът проведе телефонен разговор с канцлера.';
    expect(classify('bg', text, { Вилнюс: VILNIUS }).filter((e) => e.passage === 'a#1')).toEqual([]);
    expect(events('Посетителите на музея в Рига бяха много.', { Рига: RIGA })).toEqual([]);
  });

  test('"срещу" (against) is not a meeting', () => {
    expect(events('Санкциите срещу Русия бяха удължени.', { Русия: RU })).toEqual([]);
  });
});

describe('Bulgarian exercises', () => {
  test.each([
    ['Литовската армия провежда тактически упражнения край Гродно.', { Гродно: GRODNO }, GRODNO],
    ['Частите тренират нощни десанти в Гомел.', { Гомел: GOMEL }, GOMEL],
    ['Армията започна бойни стрелби край Брест.', { Брест: BREST }, BREST],
    ['Беларус обяви внезапна проверка на бойната готовност в Гомел.', { Беларус: BY, Гомел: GOMEL }, GOMEL],
    ['В Гомел продължава проверката на бойната готовност на войските.', { Гомел: GOMEL }, GOMEL],
    ['Военното обучение на новобранците продължава в Брест.', { Брест: BREST }, BREST],
    ['Флотът проведе стрелби край Одеса.', { Одеса: ODESA }, ODESA],
    ['Щабовете провеждат военни игри в Минск.', { Минск: MINSK }, MINSK],
    ['Инструктори обучават новобранци край Брест.', { Брест: BREST }, BREST],
  ])('%s', (text, places, place) => {
    expect(events(text, places)).toEqual([`exercise@${place}`]);
  });

  test('"край" before a name is "near" (the city), not the word for a krai', () => {
    expect(placesIn('Армията проведе учения край Херсон.', 'bg')).toEqual([['Херсон', KHERSON]]);
    expect(placesIn('Дронове атакуваха Краснодарския край.', 'bg')).toEqual([['Краснодарския край', 'region:RU-KDA']]);
  });

  test('the countries of "границата на Литва с Беларус" are its sides, the border is the scene', () => {
    expect(events('Учения край границата на Литва с Беларус.', { границата: 'border:BY-LT', Литва: LT, Беларус: BY })).toEqual(['exercise@border:BY-LT']);
  });

  test('"учени" (scientists) are not "учения" (exercises)', () => {
    expect(events('Учени от Киев представиха доклад.', { Киев: KYIV })).toEqual([]);
  });

  test('the ministers "of" two countries do not put their exercise there', () => {
    expect(events('Министрите на отбраната на Полша и Литва обсъдиха ученията.', { Полша: PL, Литва: LT })).toEqual([]);
  });
});

describe('Bulgarian: the mock enemy of an exercise, a court sitting', () => {
  test('an attack of the mock enemy in an exercise is no strike', () => {
    expect(events('Войските отблъснаха атака на условния противник край Гродно по време на ученията.', { Гродно: GRODNO })).toEqual([`exercise@${GRODNO}`]);
  });

  test('a court sitting is no meeting', () => {
    expect(events('Съдебното заседание в Минск беше закрито.', { Минск: MINSK })).toEqual([]);
  });
});

describe('Bulgarian: threatened, conditional and postponed events are not events', () => {
  test.each([
    ['Русия заплаши с удари по Киев.', { Русия: RU, Киев: KYIV }],
    ['Москва би нападнала Харков при ескалация.', { Москва: 'city:524901', Харков: KHARKIV }],
    ['Срещата в Минск беше отложена за декември.', { Минск: MINSK }],
    ['Заплахата от атака срещу Украйна расте.', { Украйна: UA }],
    ['Русия готви ново нападение срещу Харков.', { Русия: RU, Харков: KHARKIV }],
    ['Властите в Рига обмислят отмяна на маневрите.', { Рига: RIGA }],
    ['Русия може да атакува Вилнюс до дни.', { Русия: RU, Вилнюс: VILNIUS }],
    ['Хакерска атака срещу сайтовете в Рига.', { Рига: RIGA }],
    ['Санкциите са удар по икономиката на Беларус.', { Беларус: BY }],
    ['Трима души загинаха при пътна катастрофа край Гродно.', { Гродно: GRODNO }],
    ['Разузнаването предупреди за атака срещу Вилнюс.', { Вилнюс: VILNIUS }],
    ['Експертите обсъждат възможна атака срещу Вилнюс.', { Вилнюс: VILNIUS }],
  ])('%s', (text, places) => {
    expect(events(text, places)).toEqual([]);
  });
});

describe('Bulgarian "under fire were X": the places after the copula', () => {
  test('"под обстрел през нощта са били и Чугуев и Купянск"', () => {
    expect(events('Синегубов уточни, че под обстрел през нощта са били и Чугуев и Купянск.', { Чугуев: 'city:710374', Купянск: 'city:703656' })).toEqual(['strike@city:703656', 'strike@city:710374']);
  });
});

describe('Bulgarian statistics of events are no event ("броят на военните учения")', () => {
  test('a count of drills in general does not inherit the drills told before', () => {
    const text = 'Беларус започна учения в Гродно. Анализатори отбелязват, че броят на военните учения в региона се е увеличил.';
    expect(classify('bg', text, { Беларус: 'country:BY', Гродно: 'city:627904' }).length).toBe(1);
  });
});

describe('Bulgarian: an invitation, "без да" and a strategy that "ще продължи" are no events; "ракета е попаднала в" is a hit', () => {
  test.each([
    ['Зеленски е поканен да посети България през пролетта.', { България: 'country:BG' }, []],
    ['Дронът е навлязъл в пространството край Кахул, без да бъде свален.', { Кахул: 'city:618456' }, []],
    ['Генералният щаб заяви, че ще продължи да поразява обекти на територията на Русия.', { Русия: 'country:RU' }, []],
    ['В Харков балистична ракета е попаднала в промишлено предприятие.', { Харков: 'city:706483' }, ['strike@city:706483']],
  ] as const)('%s', (text, places, expected) => {
    expect(events(text, places)).toEqual(expected);
  });
});
