// Russian event cues (src/core/languages/ru.ts) on invented sentences: what a report of a strike says besides
// "удар" (damage, casualties, debris, air defence at work), the other words for talks, visits and drills, nouns that
// stand between a strike and the name of what it hit, topic phrases that never name the scene, and events that
// were only heard of, threatened or postponed.
// Also words that only look like cues (profit, visitors, a court hearing, a blow to the economy) and constructions
// where "не" or "без" deny nothing ("не менее пяти", "без света").
import { describe, expect, test } from 'vitest';
import { classify, classifyWith, summary } from './classifyHelpers';
import { index, placeIds } from './recogniseHelpers';
import { analyseArticle } from '../../src/core/pipeline';

const SUMY = 'city:692194';
const BRYANSK = 'city:571476';
const BELGOROD = 'city:578072';
const GOMEL = 'city:627907';
const KYIV = 'city:703448';
const ODESA = 'city:698740';
const KHERSON = 'city:706448';
const KHARKIV = 'city:706483';
const PSKOV = 'city:504341';
const RIGA = 'city:456172';
const ASTANA = 'city:1526273';
const KURSK_OBLAST = 'region:RU-KRS';
const BY_LV = 'border:BY-LV';

const events = (text: string, places: Record<string, string>) => summary(classify('ru', text, places));

describe('a strike told by its consequences', () => {
  test('an accusative country before the verb is its object, a nominative one its actor', () => {
    expect(events('Украину атаковали дроны.', { Украину: 'country:UA' })).toEqual(['strike@country:UA']);
    expect(events('Россия атаковала энергосистему.', { Россия: 'country:RU' })).toEqual([]);
  });

  test('"попал в здание администрации" of a city', () => {
    expect(events('Беспилотник попал в здание администрации Белгорода.', { Белгорода: BELGOROD })).toEqual([`strike@${BELGOROD}`]);
    expect(events('Белгород попал под обстрел.', { Белгород: BELGOROD })).toEqual([`strike@${BELGOROD}`]);
  });

  test('officialese "хлопки" (bangs) over a city', () => {
    expect(events('Над Белгородом прозвучали хлопки.', { Белгородом: BELGOROD })).toEqual([`strike@${BELGOROD}`]);
  });

  test('a museum hit is a strike (museum visitors are not what "музей" alone tells)', () => {
    expect(events('В Харькове ракета повредила здание художественного музея.', { Харькове: KHARKIV })).toEqual([`strike@${KHARKIV}`]);
  });

  test('a power cut after a strike, and not after a storm', () => {
    expect(events('После удара по Харькову без света остались три тысячи абонентов.', { Харькову: KHARKIV })).toEqual([`strike@${KHARKIV}`]);
    expect(events('Из-за непогоды в Сумах без света остались сотни домов.', { Сумах: SUMY })).toEqual([]);
  });

  test('damage: "повреждены дома" in a city', () => {
    expect(events('В Сумах повреждены жилые дома и линия электропередачи.', { Сумах: SUMY })).toEqual([`strike@${SUMY}`]);
  });

  test('casualties: "ранены трое"', () => {
    expect(events('Утром в Харькове ранены трое мирных жителей.', { Харькове: KHARKIV })).toEqual([`strike@${KHARKIV}`]);
  });

  test('destroyed drones over a region are a strike there', () => {
    expect(events('Над Курской областью уничтожены шесть беспилотников.', { 'Курской областью': KURSK_OBLAST })).toEqual([`strike@${KURSK_OBLAST}`]);
  });

  test('air defence at work over a city', () => {
    expect(events('Ночью над Брянском сработала система ПВО.', { Брянском: BRYANSK })).toEqual([`strike@${BRYANSK}`]);
  });

  test('falling debris', () => {
    expect(events('В Белгороде обломки ракеты упали на территорию склада.', { Белгороде: BELGOROD })).toEqual([`strike@${BELGOROD}`]);
  });

  test('"бьют по": colloquial shelling', () => {
    expect(events('Российские войска снова бьют по Херсону.', { Херсону: KHERSON })).toEqual([`strike@${KHERSON}`]);
  });

  test('what was hit stands between the cue and the city: "атаковали объекты инфраструктуры Одессы"', () => {
    expect(events('Дроны атаковали объекты инфраструктуры Одессы.', { Одессы: ODESA })).toEqual([`strike@${ODESA}`]);
  });
});

describe('not a strike at the place named', () => {
  test('the actor after a time phrase is not the scene: "В ночь на 5 января Россия нанесла удар"', () => {
    expect(events('В ночь на 5 января Россия нанесла массированный удар.', { Россия: 'country:RU' })).toEqual([]);
  });

  test('"не менее" and "не только" deny nothing', () => {
    expect(events('В Харькове погибли не менее пяти человек.', { Харькове: KHARKIV })).toEqual([`strike@${KHARKIV}`]);
    expect(events('Удары не только по Херсону, но и по его пригородам.', { Херсону: KHERSON })).toEqual([`strike@${KHERSON}`]);
  });

  test('explosions only heard there', () => {
    expect(events('В Гомеле слышали взрывы.', { Гомеле: GOMEL })).toEqual([]);
  });

  test('a threatened strike', () => {
    expect(events('Москва может нанести удар по Киеву.', { Киеву: KYIV })).toEqual([]);
  });
});

describe('meetings and exercises in other words', () => {
  test('a relative clause after the event noun says where: "учения, которые проходят под Псковом"', () => {
    expect(events('Учения, которые проходят под Псковом, продлятся неделю.', { Псковом: PSKOV })).toEqual([`exercise@${PSKOV}`]);
  });

  test('"при участии России": a participant, not where the drill is', () => {
    expect(events('Учения прошли при участии Белоруссии.', { Белоруссии: 'country:BY' })).toEqual([]);
  });

  test('hosting a delegation, and talks "обсудили в"', () => {
    expect(events('Президент принял в Астане делегацию Китая.', { Астане: ASTANA })).toEqual([`meeting@${ASTANA}`]);
    expect(events('Лидеры двух стран обсудили в Риге транзит грузов.', { Риге: RIGA })).toEqual([`meeting@${RIGA}`]);
  });

  test('a visit told as "побывал"', () => {
    expect(events('Министр обороны побывал в Астане.', { Астане: ASTANA })).toEqual([`meeting@${ASTANA}`]);
  });

  test('"the participants of the meeting discussed the situation on the border": the border is the topic', () => {
    const text = 'Министры провели встречу в Риге. Участники встречи обсудили ситуацию на границе с Белоруссией.';
    expect(events(text, { Риге: RIGA, 'границе с Белоруссией': BY_LV })).toEqual([`meeting@${RIGA}`]);
  });

  test('troops "отрабатывают задачи" at a training ground near a city', () => {
    expect(events('Десантники отрабатывают задачи на полигоне под Псковом.', { Псковом: PSKOV })).toEqual([`exercise@${PSKOV}`]);
  });

  test('a postponed exercise is none', () => {
    expect(events('Учения под Псковом отложены.', { Псковом: PSKOV })).toEqual([]);
  });
});

describe('words that look like one event type but tell another, or none', () => {
  test('sanctions hitting industry, sports training and exhibition visitors are no events', () => {
    expect(events('Санкции ударили по промышленности Белгорода.', { Белгорода: BELGOROD })).toEqual([]);
    expect(events('Спортсмены провели тренировку в Астане.', { Астане: ASTANA })).toEqual([]);
    expect(events('Тысячи человек посетили выставку в Риге.', { Риге: RIGA })).toEqual([]);
  });

  test('a blow to the economy, a cyber attack and a road accident are no strike', () => {
    expect(events('Санкции нанесли удар по экономике Белгорода.', { Белгорода: BELGOROD })).toEqual([]);
    expect(events('Сайты в Харькове подверглись хакерской атаке.', { Харькове: KHARKIV })).toEqual([]);
    expect(events('В Сумах двое погибли в ДТП.', { Сумах: SUMY })).toEqual([]);
  });

  test('a court hearing is no meeting', () => {
    expect(events('Судебное заседание в Москве продлилось час.', { Москве: 'city:524901' })).toEqual([]);
  });

  test('profit, visitors and a school shooting are no visit and no drill', () => {
    expect(events('Прибыль порта в Одессе выросла, посетители выставки в Астане довольны.', { Одессе: ODESA, Астане: ASTANA })).toEqual([]);
    expect(events('В Белгороде стрельба в торговом центре.', { Белгороде: BELGOROD })).toEqual([]);
  });

  test('slang "прилетело" is a strike; "прилетел" a visit', () => {
    expect(events('Ночью в Белгороде прилетело по подстанции.', { Белгороде: BELGOROD })).toEqual([`strike@${BELGOROD}`]);
    expect(events('Министр прилетел в Астану.', { Астану: ASTANA })).toEqual([`meeting@${ASTANA}`]);
  });

  test('the mock enemy of an exercise is not a strike', () => {
    expect(events('Под Псковом отразили атаку условного противника.', { Псковом: PSKOV })).toEqual([]);
  });

  test('a strike being prepared has not happened', () => {
    expect(events('Разведка сообщает, что Москва готовит удар по Одессе.', { Одессе: ODESA })).toEqual([]);
  });

  test('a postponed meeting is none', () => {
    expect(events('Переговоры в Астане перенесли на осень.', { Астане: ASTANA })).toEqual([]);
  });

  test('"security on the border" is what a meeting discussed, not where it was', () => {
    const text = 'На встрече министры обсуждали безопасность на границе с Белоруссией.';
    expect(events(text, { 'границе с Белоруссией': BY_LV })).toEqual([]);
  });

  test('fire opened on a city: "огонь по"', () => {
    expect(events('Артиллерия открыла огонь по Херсону.', { Херсону: KHERSON })).toEqual([`strike@${KHERSON}`]);
  });
});

describe('recognition', () => {
  test('Белая Церковь drops the о: "у Белой Церкви"', () => {
    expect(placeIds('Взрывы у Белой Церкви.', 'ru')).toEqual(['city:712165']);
  });

  test('plural town names in the genitive: "из Черновцов"', () => {
    expect(placeIds('Колонна вышла из Черновцов.', 'ru')).toEqual(['city:710719']);
  });
});

describe('a place after a diplomat\'s title is the post, not the scene', () => {
  test('"посол … в Латвии": the meeting is in Moscow', () => {
    expect(events('В Москве Лавров встретился с послом Украины в Латвии.', { Москве: 'city:524901', Украины: 'country:UA', Латвии: 'country:LV' })).toEqual(['meeting@city:524901']);
  });
  test('"консультации" is no title: consultations in Riga are a meeting there', () => {
    expect(events('Консультации в Риге прошли в пятницу.', { Риге: RIGA })).toEqual([`meeting@${RIGA}`]);
  });
});

describe('weapons between the verb and its object', () => {
  test('"обстреляли из артиллерии и дронами Никополь и Марганец"', () => {
    expect(events('Российские войска обстреляли из артиллерии и дронами Никополь и Марганец.', { Никополь: 'city:700051', Марганец: 'city:701855' })).toEqual(['strike@city:700051', 'strike@city:701855']);
  });
  test('a preposition before a weapon governs the weapon, not the place after it', () => {
    expect(events('Украинские военные обстреляли из артиллерии поселок Климово.', { Климово: 'city:547591' })).toEqual(['strike@city:547591']);
  });
  test('other words between still keep the object from the verb', () => {
    expect(events('Российские войска обстреляли вчера вечером после долгого перерыва Никополь.', { Никополь: 'city:700051' })).toEqual([]);
  });
});

test('"сдетонировал" (detonated) is a strike', () => {
  expect(events('В Грайвороне беспилотник сдетонировал у здания сельхозпредприятия.', { Грайвороне: 'city:559034' })).toEqual(['strike@city:559034']);
});

test('"не исключают, что …": what follows is only possible', () => {
  expect(events('В Вильнюсе не исключают, что в ответ проведут собственные учения у границы.', { Вильнюсе: 'city:593116' })).toEqual([]);
});

describe('Russian: "where" after a border phrase', () => {
  test('"в районы вблизи границы с Польшей и Литвой, где проводятся учения" is at the borders, not in Lithuania', () => {
    const text = 'Белорусские подразделения выдвинуты в районы вблизи границы с Польшей и Литвой, где проводятся тактические учения.';
    const { events } = analyseArticle({ id: 'a', text, lang: 'ru' }, index);
    expect(events.map((e) => `${e.type}@${e.place}`).sort()).toEqual(['exercise@border:BY-LT', 'exercise@border:BY-PL']);
  });
});

describe('Russian: home bases and meetings "as soon as security allows"', () => {
  test('a unit "дислоцированной в Гродно" is based there; its drills are elsewhere', () => {
    const text = 'В учениях задействованы подразделения бригады, дислоцированной в Гродно, и батальона из Бреста.';
    expect(events(text, { Гродно: 'city:627904', Бреста: 'city:629634' })).toEqual([]);
  });

  test('"провести следующий раунд консультаций в Одессе, как только это позволит ситуация" is planned', () => {
    expect(events('Министры договорились провести следующий раунд консультаций в Одессе, как только это позволит ситуация с безопасностью.', { Одессе: 'city:698740' })).toEqual([]);
  });
});

describe('Russian: the next meeting is planned unless a day of a month is named', () => {
  test('"Следующий саммит пройдёт в Москве" is planned', () => {
    expect(events('Следующий саммит пройдёт в Москве.', { Москве: 'city:524901' })).toEqual([]);
  });

  test('"Следующая встреча состоится 20 ноября в Тегеране" is fixed', () => {
    expect(events('Следующая встреча состоится 20 ноября в Тегеране.', { Тегеране: 'city:112931' })).toEqual(['meeting@city:112931']);
  });
});

describe('Russian "опроверг" (denied) cancels the event told after it, across a clause', () => {
  test('"опроверг сообщения о том, что на прошлой неделе в Риге прошла встреча"', () => {
    expect(events('Песков опроверг сообщения СМИ о том, что на прошлой неделе в Риге прошла встреча переговорщиков.', { Риге: RIGA })).toEqual([]);
  });
});

describe('Russian: a proposed or possible meeting is not an event', () => {
  test.each([
    ['Ранее Турция предлагала провести такую встречу в Стамбуле.', { Стамбуле: 'city:745044' }],
    ['Лукашенко предложил Минск как площадку для возможных переговоров.', { Минск: 'city:625144' }],
  ])('%s', (text, places) => {
    expect(events(text, places)).toEqual([]);
  });
});

describe('Russian: sounds of explosions are only heard, like "слышали взрывы"', () => {
  test('"сообщали о звуках взрывов"', () => {
    expect(events('В Харькове жители сообщали о звуках взрывов.', { Харькове: KHARKIV })).toEqual([]);
  });
});

describe('Russian: a capital where someone speaks is where it is said ("в Киеве заявляли, что …")', () => {
  test('"Ранее в Киеве заявляли, что удары будут продолжаться"', () => {
    const facts = { kindOf: (p: string) => p.split(':')[0], parentOf: () => undefined, isCapital: (p: string) => p === KYIV, countriesOf: () => [] };
    expect(summary(classifyWith(facts, 'ru', 'Ранее в Киеве заявляли, что удары по заводам будут продолжаться.', { Киеве: KYIV }))).toEqual([]);
  });
});

describe('Russian: a plan reaches past its infinitive, and negotiators are people, not talks', () => {
  test('"В 2027 году стороны намерены провести на территории России и Белоруссии учения" is planned', () => {
    expect(events('В 2027 году стороны намерены провести на территории России и Белоруссии стратегические учения.', { России: 'country:RU', Белоруссии: 'country:BY' })).toEqual([]);
  });
  test('"переговорщики находятся в Риге": negotiators are people, not a meeting', () => {
    expect(events('Российские переговорщики находятся в Риге.', { Риге: RIGA })).toEqual([]);
  });
});

describe('Russian: an earlier clause naming two borders in one phrase, after "одновременно"', () => {
  test('"Одновременно в Витебской области, вблизи границ с Литвой и Латвией, проходят учения"', () => {
    const places = { 'Витебской области': 'region:BY-VI', границ: 'border:BY-LT', Литвой: 'country:LT', Латвией: 'country:LV' };
    const text = 'Одновременно в Витебской области, вблизи границ с Литвой и Латвией, проходят тактические учения.';
    const mentions = summary(classifyWith({ kindOf: (p: string) => p.split(':')[0], parentOf: () => undefined, isCapital: () => false, countriesOf: () => [] }, 'ru', text, places));
    expect(mentions).toEqual(['exercise@border:BY-LT', 'exercise@region:BY-VI']);
  });
});

describe('Russian "прилетели" with a weapon as its subject is a hit, not a visit', () => {
  test('"В Харьков прилетели восемь «шахедов»"', () => {
    expect(events('В Харьков прилетели восемь «шахедов».', { Харьков: KHARKIV })).toEqual([`strike@${KHARKIV}`]);
  });
});

describe('Russian: a press conference is no meeting', () => {
  test('"на пресс-конференции в Киеве"', () => {
    expect(events('Об этом министр сказал на пресс-конференции в Киеве.', { Киеве: KYIV })).toEqual([]);
  });
});

describe('Russian: a town after a contrastive "а" still opens its clause, and a relative clause is about the whole list before it', () => {
  test('"…, а Нежин за ночь атаковали дважды"', () => {
    expect(events('В Шостке дрон повредил подстанцию, а Нежин за ночь атаковали дважды.', { Шостке: 'city:693942', Нежин: 'city:699942' }))
      .toEqual(['strike@city:693942', 'strike@city:699942']);
  });
  test('"Никополь и Марганец, которые российские войска обстреливают из артиллерии"', () => {
    expect(events('Вчера снова упоминались Никополь и Марганец, которые российские войска обстреливают из артиллерии.', { Никополь: 'city:700051', Марганец: 'city:701855' }))
      .toEqual(['strike@city:700051', 'strike@city:701855']);
  });
});

describe('Russian: a sentence opening with a count goes on counting the event told just before', () => {
  test('"…уничтожены 32 беспилотника. «20 — над Брянской областью, 12 — над Курской областью»"', () => {
    const text = 'Над Белгородом уничтожены 32 беспилотника.\n«20 — над Брянской областью, 12 — над Курской областью», — говорится в сообщении.';
    expect(events(text, { Белгородом: BELGOROD, 'Брянской областью': 'region:RU-BRY', 'Курской областью': 'region:RU-KRS' }))
      .toEqual([`strike@${BELGOROD}`, 'strike@region:RU-BRY', 'strike@region:RU-KRS']);
  });
  test('not without an event just before it', () => {
    expect(events('Вышел новый доклад.\n«20 — над Брянской областью, 12 — над Курской областью», — говорится в нём.', { 'Брянской областью': 'region:RU-BRY', 'Курской областью': 'region:RU-KRS' })).toEqual([]);
  });
});

describe('Russian: colloquial strikes, a fire a hit leaves, and leaders who "saw each other"', () => {
  test('"под огнем оказались", "досталось и Измаилу", "загорелся сарай"', () => {
    expect(events('Под огнем снова оказался Никополь.', { Никополь: 'city:700051' })).toEqual(['strike@city:700051']);
    expect(events('Досталось и Измаилу — там выбиты окна.', { Измаилу: 'city:707308' })).toEqual(['strike@city:707308']);
    expect(events('В селе под Валуйками загорелся сарай.', { Валуйками: 'city:477192' })).toEqual(['strike@city:477192']);
  });
  test('"Лукашенко и Путин виделись в Санкт-Петербурге" is a meeting', () => {
    expect(events('В последний раз Лукашенко и Путин виделись в конце апреля в Санкт-Петербурге.', { 'Санкт-Петербурге': 'city:498817' })).toEqual(['meeting@city:498817']);
  });
});

describe('Russian: a relative clause after an event noun and an organisation\'s name tells where the event is', () => {
  test('"в заседании Совета коллективной безопасности ОДКБ, которое проходило в Бишкеке"', () => {
    expect(events('Лукашенко по видеосвязи из Минска принял участие в заседании Совета коллективной безопасности ОДКБ, которое проходило в Бишкеке.', { Минска: 'city:625144', Бишкеке: 'city:1528675' }))
      .toEqual(['meeting@city:1528675']);
  });
});

describe('Russian: a region in an official\'s title gives way to its town named just before', () => {
  const RYAZAN = 'city:500096';
  const RYAZAN_OBLAST = 'region:RU-RYA';
  const facts = { kindOf: (p: string) => p.split(':')[0], parentOf: (p: string) => (p === RYAZAN ? RYAZAN_OBLAST : undefined), isCapital: () => false, countriesOf: () => [] };
  const places = { Рязани: RYAZAN, 'Рязанской области': RYAZAN_OBLAST };

  test('"Жители Рязани … Губернатор Рязанской области написал, что обломки … упали" is in Ryazan', () => {
    const text = 'Ночью жители Рязани публиковали видео с заревом. Губернатор Рязанской области написал, что обломки беспилотника упали на территорию предприятия.';
    expect(summary(classifyWith(facts, 'ru', text, places))).toEqual([`strike@${RYAZAN}`]);
  });

  test('with no town of the region before it, the title names the place', () => {
    const text = 'Ночью было тихо. Губернатор Рязанской области написал, что обломки беспилотника упали на территорию предприятия.';
    expect(summary(classifyWith(facts, 'ru', text, places))).toEqual([`strike@${RYAZAN_OBLAST}`]);
  });

  test('a town in the previous paragraph does not count', () => {
    const text = 'Ночью жители Рязани публиковали видео с заревом.\nГубернатор Рязанской области написал, что обломки беспилотника упали на территорию предприятия.';
    expect(summary(classifyWith(facts, 'ru', text, places))).toEqual([`strike@${RYAZAN_OBLAST}`]);
  });
});

test('Russian: an attack a few words after the drills is what they rehearse ("учения Балтийского флота по отражению атак беспилотников")', () => {
  const GUSEV = 'city:557882';
  expect(events('Начались учения Балтийского флота по отражению атак беспилотников в районе Гусева.', { Гусева: GUSEV })).toEqual([`exercise@${GUSEV}`]);
});

test('Russian: a drone that "врезался" (crashed) into a building is a strike', () => {
  expect(events('Беспилотник врезался в цех химического комбината в Брянске.', { Брянске: BRYANSK })).toEqual([`strike@${BRYANSK}`]);
});

test('Russian: a count of two words before a dash goes on counting ("…, ещё десять — над Курской областью")', () => {
  const text = 'ПВО уничтожили 31 беспилотник над территорией Белгородской области, ещё десять — над Курской областью.';
  expect(events(text, { 'Белгородской области': 'region:RU-BEL', 'Курской областью': KURSK_OBLAST })).toEqual(['strike@region:RU-BEL', `strike@${KURSK_OBLAST}`]);
});

test('Russian: "в 2014–2015 годах" in a clause of its own before the cue makes it history', () => {
  expect(events('До этого, в 2014–2015 годах, в Минске велись переговоры о прекращении огня.', { Минске: 'city:625144' })).toEqual([]);
});

test('Russian: "тогда" (then) carries a year told earlier in the sentence to the cue after it', () => {
  const text = 'Стамбул уже принимал делегации весной 2022 года, вскоре после начала вторжения, — тогда первые встречи делегаций прошли в Гомельской области.';
  expect(events(text, { Стамбул: 'city:745044', 'Гомельской области': 'region:BY-HO' })).toEqual([]);
  // without "тогда" the later clause is today's news
  expect(events('Весной 2022 года, вскоре после начала вторжения, Стамбул уже принимал делегации, а сегодня встречи делегаций прошли в Гомельской области.', { Стамбул: 'city:745044', 'Гомельской области': 'region:BY-HO' })).toEqual(['meeting@region:BY-HO']);
});

test('Russian: "на одном из полигонов Брестской области" is in the region ("из" of a part, not of an origin)', () => {
  expect(events('Учение началось на одном из полигонов Брестской области.', { 'Брестской области': 'region:BY-BR' })).toEqual(['exercise@region:BY-BR']);
  expect(events('Войска прибыли на учение из Брестской области.', { 'Брестской области': 'region:BY-BR' })).toEqual([]);
});

test('Russian: "в непосредственной близости от границы" is a preposition of place, not "от" of an origin', () => {
  expect(events('Польша провела учения в непосредственной близости от границы с Беларусью.', { 'границы с Беларусью': 'border:BY-PL' })).toEqual(['exercise@border:BY-PL']);
});

describe('Russian: drills of "2021-го", and drills a relative clause plans, are no events', () => {
  test('"осенью 2021-го учения проходили на полигонах Беларуси" is history', () => {
    expect(events('А осенью 2021-го масштабные учения проходили на полигонах Беларуси.', { Беларуси: 'country:BY' })).toEqual([]);
  });

  test('"учений «Щит Союза», которые планируется провести в России в следующем году" is planned', () => {
    expect(events('Стороны обсудили подготовку совместных учений «Щит Союза», которые планируется провести в России в следующем году.', { России: 'country:RU' })).toEqual([]);
    expect(events('Начались совместные учения «Щит Союза», которые проходят в России.', { России: 'country:RU' })).toEqual(['exercise@country:RU']);
  });
});

describe('Russian: a series of noun phrases with their places after a strike lists what it hit', () => {
  const places = { Конотопе: 'city:705135', Нежине: 'city:699942', Шосткой: 'city:693942', Киеве: KYIV, Гомельщине: 'region:BY-HO' };
  test('"Под удар попадали станции в Конотопе, депо в Нежине, подстанции под Шосткой"', () => {
    expect(events('Под удар попадали узловые станции в Конотопе, локомотивное депо в Нежине, тяговые подстанции под Шосткой.', places)).toEqual(['strike@city:693942', 'strike@city:699942', 'strike@city:705135']);
  });
  test('one such clause may hide a verb: "…, российский дрон упал на Гомельщине"', () => {
    expect(events('Ночью Россия ударила по Киеве, российский дрон упал на Гомельщине.', places)).toEqual([`strike@${KYIV}`]);
  });
});

test('Russian: "подобных ударов" (such strikes) speaks of the war in general and continues no story', () => {
  const text = 'Беспилотник атаковал Брянск. В Генштабе ранее заявляли, что целями подобных ударов являются военные объекты.';
  expect(events(text, { Брянск: BRYANSK })).toEqual([`strike@${BRYANSK}`]);
  const withKursk = 'Беспилотник атаковал Брянск. Губернатор Курской области заявил, что целями подобных ударов являются военные объекты.';
  expect(events(withKursk, { Брянск: BRYANSK, 'Курской области': KURSK_OBLAST })).toEqual([`strike@${BRYANSK}`]);
});

test('Russian: a report of a hit that the sentence calls false is no strike', () => {
  expect(events('Сообщения Telegram-каналов о попадании дрона в промзону Брянска в правительстве региона назвали недостоверными.', { Брянска: BRYANSK })).toEqual([]);
  expect(events('Сообщения о попадании дрона в промзону Брянска подтвердил губернатор.', { Брянска: BRYANSK })).toEqual([`strike@${BRYANSK}`]);
});

test('Russian: "из-за ударов" (because of the strikes) refers back; the places after it are where the consequences are', () => {
  const text = 'Дроны атаковали Брянск. Из-за ударов энергетики ввели аварийные отключения света в Курской области.';
  expect(events(text, { Брянск: BRYANSK, 'Курской области': KURSK_OBLAST })).toEqual([`strike@${BRYANSK}`]);
});

test('Russian: "… и еще шесть — над Курской" goes on counting after "and"', () => {
  const text = 'Дроны сбиты над Брянской областью, восемь — над Белгородской и еще шесть — над Курской областью.';
  expect(events(text, { 'Брянской областью': 'region:RU-BRY', Белгородской: 'region:RU-BEL', 'Курской областью': KURSK_OBLAST })).toEqual(['strike@region:RU-BEL', 'strike@region:RU-BRY', `strike@${KURSK_OBLAST}`]);
});

test('Russian: troops on the move right after a sentence about drills go on with them ("выдвинулись в район Борисова"); after a strike they tell nothing', () => {
  const places = { Гродно: 'city:627904', Борисова: 'city:630429', Харькову: 'city:706483' };
  expect(events('Под Гродно начались учения. Подразделения выдвинулись в район Борисова.', places)).toEqual(['exercise@city:627904', 'exercise@city:630429']);
  expect(events('Ракета ударила по Харькову. Подразделения выдвинулись в район Борисова.', places)).toEqual(['strike@city:706483']);
});

test('Russian: a relative clause about the event noun that names no place is read past ("Учения, которые начались в понедельник, проходят в …")', () => {
  expect(events('Учения, которые начались в понедельник, проходят в Брестской области.', { 'Брестской области': 'region:BY-BR' })).toEqual(['exercise@region:BY-BR']);
  expect(events('Переговоры, которые продлились три часа, прошли в Минске.', { Минске: 'city:625144' })).toEqual(['meeting@city:625144']);
});

test('Russian: air defence at work over a place is a strike there ("Над Киевом работала ПВО")', () => {
  expect(events('Над Киевом работала ПВО, сообщили в городской военной администрации.', { Киевом: 'city:703448' })).toEqual(['strike@city:703448']);
});

test('Russian: the weapons between the verb and its object ("обстреляли из реактивных систем залпового огня Горловку")', () => {
  expect(events('Вечером ВСУ обстреляли из реактивных систем залпового огня Горловку.', { Горловку: 'city:707753' })).toEqual(['strike@city:707753']);
});

test('Russian: counting on with the place first and its count after the dash ("… уничтожены 20 БПЛА, Курской области - 12, … и по одному - над Воронежской")', () => {
  const text = 'Над территорией Брянской области уничтожены 20 БПЛА, Курской области - 12, Белгородской области - 8 и по одному - над Воронежской областью.';
  const places = { 'Брянской области': 'region:RU-BRY', 'Курской области': 'region:RU-KRS', 'Белгородской области': 'region:RU-BEL', 'Воронежской областью': 'region:RU-VOR' };
  expect(events(text, places)).toEqual(['strike@region:RU-BEL', 'strike@region:RU-BRY', 'strike@region:RU-KRS', 'strike@region:RU-VOR']);
  // a place first with no count after it is not counted
  expect(events('Над территорией Брянской области уничтожены 20 БПЛА, Курской области губернатор ничего не сообщил.', places)).toEqual(['strike@region:RU-BRY']);
});

test('Russian: a verb that goes on with the latest meeting at a vague future time tells no meeting ("…, которое пройдет в следующем году")', () => {
  const places = { Минске: 'city:625144', Бресте: 'city:629634' };
  const second = (text: string) => summary(classify('ru', text, places).filter((e) => e.passage === 'a#1'));
  expect(second('В Минске прошли переговоры министров. Следующий раунд пройдет в Бресте в следующем году.')).toEqual([]);
  expect(second('В Минске прошли переговоры министров. Следующий раунд пройдет в Бресте 5 марта.')).toEqual(['meeting@city:629634']);
});

test('Russian: when the event takes the region, the town right before it that the region locates is the event\'s too ("Павлоград Днепропетровской области атакуют …")', () => {
  const PAVLOHRAD = 'city:697889';
  const DNIPRO_OBLAST = 'region:UA-12';
  const facts = { kindOf: (p: string) => p.split(':')[0], parentOf: (p: string) => (p === PAVLOHRAD ? DNIPRO_OBLAST : undefined), isCapital: () => false, countriesOf: () => [] };
  const places = { Павлоград: PAVLOHRAD, 'Днепропетровской области': DNIPRO_OBLAST };
  expect(summary(classifyWith(facts, 'ru', 'Павлоград Днепропетровской области атакуют уже третью ночь подряд.', places))).toEqual([`strike@${PAVLOHRAD}`, `strike@${DNIPRO_OBLAST}`]);
});

test('Russian: a round (of talks) is a meeting ("Предыдущий раунд … прошёл в Берлине")', () => {
  expect(events('Предыдущий раунд на уровне министров прошёл в конце февраля в Берлине.', { Берлине: 'city:2950159' })).toEqual(['meeting@city:2950159']);
});
