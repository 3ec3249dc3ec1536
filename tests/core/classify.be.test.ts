// Belarusian event cues (src/core/languages/be.ts) on invented sentences: what a report of a strike says besides
// "удар" (damage, debris), the other words for visits and drills, the locative "ва", topic phrases that never name
// the scene, and events that were only heard of or threatened. Also the instrumental of neuter names in -а.
// Also words that only look like cues (profit, visitors, a court hearing, a blow to the economy) and constructions
// where "не" or "без" deny nothing ("не менш за пяць", "без святла").
import { describe, expect, test } from 'vitest';
import { classify, summary } from './classifyHelpers';
import { placeIds } from './recogniseHelpers';

const BARYSAW = 'city:630376';
const BARANAVICHY = 'city:630429';
const SLONIM = 'city:622997';
const CHERNIHIV = 'city:710735';
const MAZYR = 'city:625324';
const KYIV = 'city:703448';
const MOSCOW = 'city:524901';
const VILNIUS = 'city:593116';
const GRODNO = 'city:627904';
const UA = 'country:UA';
const BY_LT = 'border:BY-LT';

const events = (text: string, places: Record<string, string>) => summary(classify('be', text, places));

describe('a strike told by its consequences', () => {
  test('an accusative country before the verb is its object, a nominative one its actor', () => {
    expect(events('Украіну атакавалі дроны.', { Украіну: UA })).toEqual([`strike@${UA}`]);
    expect(events('Расія атакавала энергасістэму.', { Расія: 'country:RU' })).toEqual([]);
  });

  test('"трапілі ў будынак адміністрацыі" of a city', () => {
    expect(events('Ракеты трапілі ў будынак адміністрацыі Чарнігава.', { Чарнігава: CHERNIHIV })).toEqual([`strike@${CHERNIHIV}`]);
  });

  test('the active verb of damage: "абломкі пашкодзілі"', () => {
    expect(events('У Чарнігаве абломкі пашкодзілі тры аўтамабілі.', { Чарнігаве: CHERNIHIV })).toEqual([`strike@${CHERNIHIV}`]);
  });

  test('a power cut after a strike, and not after a storm', () => {
    expect(events('Пасля ўдару па Чарнігаве без святла засталіся тры тысячы абанентаў.', { Чарнігаве: CHERNIHIV })).toEqual([`strike@${CHERNIHIV}`]);
    expect(events('Праз непагадзь у Мазыры без святла засталіся сотні дамоў.', { Мазыры: MAZYR })).toEqual([]);
  });

  test('damage: "пашкоджаныя дамы"', () => {
    expect(events('У Чарнігаве пашкоджаныя некалькі дамоў.', { Чарнігаве: CHERNIHIV })).toEqual([`strike@${CHERNIHIV}`]);
  });

  test('falling debris', () => {
    expect(events('У Чарнігаве абломкі дрона ўпалі на дах школы.', { Чарнігаве: CHERNIHIV })).toEqual([`strike@${CHERNIHIV}`]);
  });

  test('"ва Украіне": the locative preposition before a vowel', () => {
    expect(events('Ва Украіне ўначы збілі дзесяць дронаў.', { Украіне: UA })).toEqual([`strike@${UA}`]);
  });
});

describe('not a strike at the place named', () => {
  test('the actor after a time phrase is not the scene: "У пятніцу Расія нанесла ўдар"', () => {
    expect(events('У пятніцу Расія нанесла масіраваны ўдар.', { Расія: 'country:RU' })).toEqual([]);
  });

  test('"не менш" and "не толькі" deny nothing', () => {
    expect(events('У Чарнігаве загінулі не менш за пяць чалавек.', { Чарнігаве: CHERNIHIV })).toEqual([`strike@${CHERNIHIV}`]);
    expect(events('Удары не толькі па Чарнігаве, але і па іншых гарадах.', { Чарнігаве: CHERNIHIV })).toEqual([`strike@${CHERNIHIV}`]);
  });

  test('explosions only heard there', () => {
    expect(events('У Мазыры чулі выбухі.', { Мазыры: MAZYR })).toEqual([]);
  });

  test('a threatened strike', () => {
    expect(events('Расія можа ўдарыць па Кіеве.', { Кіеве: KYIV })).toEqual([]);
  });
});

describe('meetings and exercises in other words', () => {
  test('a relative clause after the event noun says where: "вучэнні, якія праходзяць пад Барысавам"', () => {
    expect(events('Вучэнні, якія праходзяць пад Барысавам, працягнуцца тыдзень.', { Барысавам: BARYSAW })).toEqual([`exercise@${BARYSAW}`]);
  });

  test('"пры ўдзеле Расіі": a participant, not where the drill is', () => {
    expect(events('Вучэнні прайшлі пры ўдзеле Расіі.', { Расіі: 'country:RU' })).toEqual([]);
  });

  test('the classical orthography: "вучэньні", "візыт"', () => {
    expect(events('Пад Барысавам пачаліся вучэньні.', { Барысавам: BARYSAW })).toEqual([`exercise@${BARYSAW}`]);
    expect(events('Візыт міністра ў Маскву працягнецца два дні.', { Маскву: MOSCOW })).toEqual([`meeting@${MOSCOW}`]);
  });

  test('hosting a delegation, and talks "абмеркавалі ў"', () => {
    expect(events('Прэзідэнт прыняў у Маскве дэлегацыю Кітая.', { Маскве: MOSCOW })).toEqual([`meeting@${MOSCOW}`]);
    expect(events('Міністры абмеркавалі ў Вільні бяспеку рэгіёна.', { Вільні: VILNIUS })).toEqual([`meeting@${VILNIUS}`]);
  });

  test('a visit told as "прыехаў"', () => {
    expect(events('Прэзідэнт прыехаў у Маскву.', { Маскву: MOSCOW })).toEqual([`meeting@${MOSCOW}`]);
  });

  test('"the participants of the meeting discussed the situation on the border": the border is the topic', () => {
    const text = 'Міністры сустрэліся ў Вільні. Удзельнікі сустрэчы абмеркавалі сітуацыю на мяжы з Беларуссю.';
    expect(events(text, { Вільні: VILNIUS, 'мяжы з Беларуссю': BY_LT })).toEqual([`meeting@${VILNIUS}`]);
  });

  test('soldiers "адпрацоўваюць" a task near a town', () => {
    expect(events('Пад Барысавам танкісты адпрацоўваюць фарсіраванне ракі.', { Барысавам: BARYSAW })).toEqual([`exercise@${BARYSAW}`]);
  });

  test('what happens "на палігоне" near a town is an exercise', () => {
    expect(events('Асноўныя заняткі праходзяць на палігоне пад Слонімам.', { Слонімам: SLONIM })).toEqual([`exercise@${SLONIM}`]);
  });
});

describe('recognition', () => {
  test('a neuter name in -а in the instrumental: "пад Гроднам"', () => {
    expect(placeIds('Вайскоўцы размясціліся пад Гроднам.', 'be')).toEqual([GRODNO]);
  });

  test('plural town names in the genitive: "каля Баранавічаў"', () => {
    expect(placeIds('Вучэнні каля Баранавічаў.', 'be')).toEqual([BARANAVICHY]);
  });

  test('a compound name with a masculine adjective: "у Крывым Розе"', () => {
    expect(placeIds('У Крывым Розе пашкоджаная школа.', 'be')).toEqual(['city:703845']);
  });
});

describe('words that look like one event type but tell another, or none', () => {
  test('sanctions hitting industry, sports training and exhibition visitors are no events', () => {
    expect(events('Санкцыі ўдарылі па прамысловасці Мазыра.', { Мазыра: MAZYR })).toEqual([]);
    expect(events('Спартсмены правялі трэніроўку ў Маскве.', { Маскве: MOSCOW })).toEqual([]);
    expect(events('Тысячы людзей наведалі выставу ў Вільні.', { Вільні: VILNIUS })).toEqual([]);
  });

  test('a blow to the economy, a cyber attack and a road accident are no strike', () => {
    expect(events('Санкцыі нанеслі ўдар па эканоміцы Мазыра.', { Мазыра: MAZYR })).toEqual([]);
    expect(events('Сайты ў Мазыры трапілі пад хакерскую атаку.', { Мазыры: MAZYR })).toEqual([]);
    expect(events('У Мазыры двое загінулі ў ДТЗ.', { Мазыры: MAZYR })).toEqual([]);
  });

  test('a court hearing is no meeting, a parasite no hit', () => {
    expect(events('Пасяджэнне суда ў Маскве працягнулася.', { Маскве: MOSCOW })).toEqual([]);
    expect(events('У Вільні знайшлі паразітаў у вадзе.', { Вільні: VILNIUS })).toEqual([]);
  });

  test('born, profit and visitors are no meeting', () => {
    expect(events('Ён нарадзіўся ў Маскве.', { Маскве: MOSCOW })).toEqual([]);
    expect(events('Прыбытак прадпрыемстваў у Вільні вырас, наведвальнікі выставы ў Маскве задаволеныя.', { Вільні: VILNIUS, Маскве: MOSCOW })).toEqual([]);
  });

  test('the mock enemy of an exercise is not a strike', () => {
    expect(events('Пад Барысавам адбілі атаку ўмоўнага праціўніка.', { Барысавам: BARYSAW })).toEqual([]);
  });

  test('a strike being prepared has not happened', () => {
    expect(events('Разведка паведаміла, што Расія рыхтуе ўдар па Кіеве.', { Кіеве: KYIV })).toEqual([]);
  });

  test('"security on the border" is what a meeting discussed, not where it was', () => {
    expect(events('На сустрэчы міністры абмеркавалі бяспеку на мяжы з Беларуссю.', { 'мяжы з Беларуссю': BY_LT })).toEqual([]);
  });

  test('interceptions told with the perfective stem "перахапілі"', () => {
    expect(events('Над Чарнігавам перахапілі дзве ракеты.', { Чарнігавам: CHERNIHIV })).toEqual([`strike@${CHERNIHIV}`]);
  });
});

describe('Belarusian у written ў after a vowel matches every word list', () => {
  test('"уздоўж" as "ўздоўж": the border is the scene', () => {
    expect(summary(classify('be', 'Паралельна ўздоўж літоўска-беларускай мяжы пачаліся вучэнні.', { мяжы: 'border:BY-LT' }))).toEqual(['exercise@border:BY-LT']);
  });
  test('"удар" as "ўдар" is still a strike', () => {
    expect(summary(classify('be', 'Расія нанесла ўдар па Кіеве.', { Кіеве: 'city:703448' }))).toEqual(['strike@city:703448']);
  });
});

describe('Belarusian: a press conference is no meeting; "на саміце", "бачыліся", "адпрацавалі"', () => {
  test.each([
    ['Пра гэта міністр сказаў на прэс-канферэнцыі ў Кіеве.', { Кіеве: 'city:703448' }, []],
    ['Лідары апошні раз бачыліся ў кастрычніку ў Душанбэ.', { Душанбэ: 'city:1221874' }, ['meeting@city:1221874']],
    ['Яны выступілі на саміце ў Астане.', { Астане: 'city:1526273' }, ['meeting@city:1526273']],
    ['Пагранічнікі адпрацавалі адбіццё дыверсійных груп пад Пінскам.', { Пінскам: 'city:623549' }, ['exercise@city:623549']],
  ] as const)('%s', (text, places, expected) => {
    expect(events(text, places)).toEqual(expected);
  });
});
