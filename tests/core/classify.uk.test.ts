// Ukrainian event cues (src/core/languages/uk.ts) on invented sentences: what a report of a strike says besides
// "удар" (damage, destroyed drones, casualties, debris), the other words for talks, visits and drills, nouns that
// stand between a strike and the name of what it hit, topic phrases that never name the scene, and events that
// were only heard of or threatened.
// Also words that only look like cues (profit, visitors, a court hearing, a blow to the economy) and constructions
// where "не" or "без" deny nothing ("не менше п'яти", "без світла").
import { describe, expect, test } from 'vitest';
import { classify, summary } from './classifyHelpers';
import { placeIds } from './recogniseHelpers';

const IZMAIL = 'city:707308';
const KHERSON = 'city:706448';
const CHERNIHIV = 'city:710735';
const KYIV = 'city:703448';
const WARSAW = 'city:756135';
const RIGA = 'city:456172';
const BREST_FR = 'city:3030300';
const CHERKASY_OBLAST = 'region:UA-71';
const ODESA_OBLAST = 'region:UA-51';
const SUMY_OBLAST = 'region:UA-59';
const BY_LV = 'border:BY-LV';

const events = (text: string, places: Record<string, string>) => summary(classify('uk', text, places));

describe('a strike told by its consequences', () => {
  test('an accusative country before the verb is its object, a nominative one its actor', () => {
    expect(events('Росію атакували дрони.', { Росію: 'country:RU' })).toEqual(['strike@country:RU']);
    expect(events('Росія атакувала енергосистему.', { Росія: 'country:RU' })).toEqual([]);
  });

  test('"потрапила у будівлю адміністрації" of a city', () => {
    expect(events('Ракета потрапила у будівлю адміністрації Херсона.', { Херсона: KHERSON })).toEqual([`strike@${KHERSON}`]);
  });

  test('the euphemism "бавовна" (cotton) for explosions', () => {
    expect(events('У Херсоні знову бавовна.', { Херсоні: KHERSON })).toEqual([`strike@${KHERSON}`]);
  });

  test('the active verb of damage: "уламки пошкодили"', () => {
    expect(events('У Херсоні уламки пошкодили три автомобілі.', { Херсоні: KHERSON })).toEqual([`strike@${KHERSON}`]);
  });

  test('a power cut after a strike, and not after a storm', () => {
    expect(events('Після удару по Херсону без світла залишилися три тисячі абонентів.', { Херсону: KHERSON })).toEqual([`strike@${KHERSON}`]);
    expect(events('Через негоду в Ізмаїлі без світла залишилися сотні будинків.', { Ізмаїлі: IZMAIL })).toEqual([]);
  });

  test('damage: "пошкоджено склади"', () => {
    expect(events('Уночі в Ізмаїлі пошкоджено склади та адмінбудівлю порту.', { Ізмаїлі: IZMAIL })).toEqual([`strike@${IZMAIL}`]);
  });

  test('air defence destroyed drones over a region', () => {
    expect(events('На Черкащині сили ППО знищили шість безпілотників.', { Черкащині: CHERKASY_OBLAST })).toEqual([`strike@${CHERKASY_OBLAST}`]);
  });

  test('casualties: "загинула жінка, поранені троє"', () => {
    expect(events('У Херсоні загинула жінка, ще троє людей поранені.', { Херсоні: KHERSON })).toEqual([`strike@${KHERSON}`]);
  });

  test('what was hit stands between the cue and the region: "атакували портову інфраструктуру Одещини"', () => {
    expect(events('Дрони атакували портову інфраструктуру Одещини.', { Одещини: ODESA_OBLAST })).toEqual([`strike@${ODESA_OBLAST}`]);
  });

  test('"населені пункти Сумщини"', () => {
    expect(events('Ворог обстріляв населені пункти Сумщини.', { Сумщини: SUMY_OBLAST })).toEqual([`strike@${SUMY_OBLAST}`]);
  });
});

describe('not a strike at the place named', () => {
  test('the actor after a time phrase is not the scene: "У ніч на п\'ятницю Росія завдала удару"', () => {
    expect(events('У ніч на п\'ятницю Росія завдала масованого удару.', { Росія: 'country:RU' })).toEqual([]);
  });

  test('"не менше" and "не лише" deny nothing', () => {
    expect(events('У Херсоні загинули не менше п\'яти людей.', { Херсоні: KHERSON })).toEqual([`strike@${KHERSON}`]);
    expect(events('Атаки не лише на Ізмаїл, а й на інші порти.', { Ізмаїл: IZMAIL })).toEqual([`strike@${IZMAIL}`]);
  });

  test('explosions only heard there', () => {
    expect(events('У Чернігові чули вибухи.', { Чернігові: CHERNIHIV })).toEqual([]);
  });

  test('a threatened strike', () => {
    expect(events('Росія може вдарити по Києву.', { Києву: KYIV })).toEqual([]);
  });
});

describe('meetings and exercises in other words', () => {
  test('a relative clause after the event noun says where: "навчання, які тривають поблизу Бреста"', () => {
    expect(events('Навчання, які тривають поблизу Бреста, завершаться в неділю.', { Бреста: BREST_FR })).toEqual([`exercise@${BREST_FR}`]);
  });

  test('units "тренувалися" near a town', () => {
    expect(events('Підрозділи тренувалися поблизу Бреста.', { Бреста: BREST_FR })).toEqual([`exercise@${BREST_FR}`]);
  });

  test('hosting a delegation, and talks "обговорили у"', () => {
    expect(events('Президент прийняв у Варшаві делегацію Японії.', { Варшаві: WARSAW })).toEqual([`meeting@${WARSAW}`]);
    expect(events('Міністри обговорили у Ризі безпеку регіону.', { Ризі: RIGA })).toEqual([`meeting@${RIGA}`]);
  });

  test('talks called "перемовини"', () => {
    expect(events('Міністри провели перемовини у Варшаві.', { Варшаві: WARSAW })).toEqual([`meeting@${WARSAW}`]);
  });

  test('"the participants of the meeting discussed the situation on the border": the border is the topic', () => {
    const text = 'Міністри зустрілися в Ризі. Учасники зустрічі обговорили ситуацію на кордоні з Білоруссю.';
    expect(events(text, { Ризі: RIGA, 'кордоні з Білоруссю': BY_LV })).toEqual([`meeting@${RIGA}`]);
  });

  test('sailors "відпрацьовують" a task near a city', () => {
    expect(events('Моряки відпрацьовують пошук мін поблизу Бреста.', { Бреста: BREST_FR })).toEqual([`exercise@${BREST_FR}`]);
  });
});

describe('words that look like one event type but tell another, or none', () => {
  test('sanctions hitting industry, sports training and exhibition visitors are no events', () => {
    expect(events('Санкції вдарили по промисловості Херсона.', { Херсона: KHERSON })).toEqual([]);
    expect(events('Спортсмени провели тренування у Варшаві.', { Варшаві: WARSAW })).toEqual([]);
    expect(events('Тисячі людей відвідали виставку в Ризі.', { Ризі: RIGA })).toEqual([]);
  });

  test('a blow to the economy, explosives found, a road accident and schooling are no strike or drill', () => {
    expect(events('Санкції завдали удару по економіці Херсона.', { Херсона: KHERSON })).toEqual([]);
    expect(events('У Чернігові поліція знайшла вибухівку.', { Чернігові: CHERNIHIV })).toEqual([]);
    expect(events('У Херсоні двоє загинули в ДТП.', { Херсоні: KHERSON })).toEqual([]);
    expect(events('У Києві відновили навчання дітей у школах.', { Києві: KYIV })).toEqual([]);
  });

  test('economic losses, a court hearing and well-coordinated work are no strike, meeting or drill', () => {
    expect(events('Аграрії Одещини оцінили збитки від посухи.', { Одещини: ODESA_OBLAST })).toEqual([]);
    expect(events('Засідання суду у Варшаві тривало годину.', { Варшаві: WARSAW })).toEqual([]);
    expect(events('У Києві відзначили злагоджену роботу комунальників.', { Києві: KYIV })).toEqual([]);
  });

  test('profit, visitors and fundraising are no visit and no gathering', () => {
    expect(events('Прибуток порту в Ізмаїлі зріс, відвідувачі музею у Варшаві задоволені.', { Ізмаїлі: IZMAIL, Варшаві: WARSAW })).toEqual([]);
    expect(events('У Києві зібрали кошти для армії.', { Києві: KYIV })).toEqual([]);
  });

  test('slang "прилетіло" is a strike; "прилетів" a visit', () => {
    expect(events('Увечері в Херсоні прилетіло по адмінбудівлі.', { Херсоні: KHERSON })).toEqual([`strike@${KHERSON}`]);
    expect(events('Прем\'єр прилетів до Варшави.', { Варшави: WARSAW })).toEqual([`meeting@${WARSAW}`]);
  });

  test('the mock enemy of an exercise is not a strike', () => {
    expect(events('Поблизу Бреста відбили атаку умовного противника.', { Бреста: BREST_FR })).toEqual([]);
  });

  test('a strike being prepared has not happened', () => {
    expect(events('Розвідка попереджає, що Росія готує удар по Києву.', { Києву: KYIV })).toEqual([]);
  });

  test('"security on the border" is what a meeting discussed, not where it was', () => {
    expect(events('На зустрічі міністри обговорили безпеку на кордоні з Білоруссю.', { 'кордоні з Білоруссю': BY_LV })).toEqual([]);
  });

  test('air defence "працювала" over a region', () => {
    expect(events('Уночі на Черкащині працювала ППО.', { Черкащині: CHERKASY_OBLAST })).toEqual([`strike@${CHERKASY_OBLAST}`]);
  });
});

describe('recognition', () => {
  test('Ірпінь opens і to е: "в Ірпені"', () => {
    expect(placeIds('Вибухи в Ірпені.', 'uk')).toEqual(['city:707565']);
  });

  test('plural town names in the locative: "у Чернівцях"', () => {
    expect(placeIds('Вибухи у Чернівцях.', 'uk')).toEqual(['city:710719']);
  });
});

describe('Ukrainian "уразили", "збиття"', () => {
  test('"уразили аеродром поблизу Саків"', () => {
    expect(events('Сили оборони уразили військовий аеродром поблизу Саків.', { Саків: 'city:694910' })).toEqual(['strike@city:694910']);
  });
  test('"збиття фіксували над Житомирщиною"', () => {
    expect(events('Збиття фіксували також над Житомирщиною.', { Житомирщиною: 'region:UA-18' })).toEqual(['strike@region:UA-18']);
  });
});

describe('Ukrainian "прилетіли" with a weapon as its subject is a hit, not a visit', () => {
  test.each([
    ['До Харкова прилетіли щонайменше вісім «шахедів».', ['strike@city:706483']],
    ['До Харкова прилетіли міністри закордонних справ.', ['meeting@city:706483']],
  ])('%s', (text, expected) => {
    expect(events(text, { Харкова: 'city:706483' })).toEqual(expected);
  });
});

describe('Ukrainian: after a semicolon the sentence tells something else', () => {
  test('"уламки впали в Румунії; у Бухаресті міністри обговорили безпеку"', () => {
    expect(events('Уламки впали в Румунії; у Бухаресті міністри трьох країн обговорили безпеку.', { Румунії: 'country:RO', Бухаресті: 'city:683506' })).toEqual(['strike@country:RO']);
  });
});

describe('Ukrainian: colloquial strikes, a fire a hit leaves, and leaders who "saw each other"', () => {
  test('"під вогнем опинився Нікополь", "дісталося і Ізмаїлу", "загорівся сарай"', () => {
    expect(summary(classify('uk', 'Під вогнем знову опинився Нікополь.', { Нікополь: 'city:700051' }))).toEqual(['strike@city:700051']);
    expect(summary(classify('uk', 'Дісталося і Ізмаїлу — там вибиті вікна.', { Ізмаїлу: 'city:707308' }))).toEqual(['strike@city:707308']);
    expect(summary(classify('uk', 'У селі під Валуйками загорівся сарай.', { Валуйками: 'city:477192' }))).toEqual(['strike@city:477192']);
  });
  test('"востаннє лідери бачилися в Брюсселі" is a meeting', () => {
    expect(summary(classify('uk', 'Востаннє лідери бачилися в Брюсселі.', { Брюсселі: 'city:2800866' }))).toEqual(['meeting@city:2800866']);
  });
});

test('Ukrainian: a drone that "врізався" (crashed) into a building is a strike', () => {
  expect(events('Дрон врізався в багатоповерхівку в Києві.', { Києві: KYIV })).toEqual([`strike@${KYIV}`]);
});

test('Ukrainian: "оборони в" is a seat of government only after a ministry ("Міністерство оборони в Києві"), not in "територіальної оборони в Гродненській області"', () => {
  expect(summary(classify('uk', 'Білорусь проводить командно-штабні навчання з управліннями територіальної оборони в Гродненській області.', { 'Гродненській області': 'region:BY-HR' }))).toEqual(['exercise@region:BY-HR']);
});
