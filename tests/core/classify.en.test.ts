// English event cues (src/core/languages/en.ts): the families a journalist uses for strikes, meetings and exercises,
// the prepositions that tie them to a place, and the words that make a sentence tell no event. Sentences invented.
import { describe, expect, test } from 'vitest';
import { classify, classifyWith, summary } from './classifyHelpers';
import { index } from './recogniseHelpers';
import { analyseArticle } from '../../src/core/pipeline';

const KYIV = 'city:703448';
const KHARKIV = 'city:706483';
const ODESA = 'city:698740';
const LVIV = 'city:702550';
const KHERSON = 'city:706448';
const SUMY = 'city:692194';
const ZAPORIZHZHIA = 'city:687700';
const MOSCOW = 'city:524901';
const MINSK = 'city:625144';
const RIGA = 'city:456172';
const WARSAW = 'city:756135';
const BRUSSELS = 'city:2800866';
const GENEVA = 'city:2660646';
const DONETSK_OBLAST = 'region:UA-14';
const KALININGRAD_OBLAST = 'region:RU-KGD';
const LT = 'country:LT';
const LV = 'country:LV';
const PL = 'country:PL';
const RO = 'country:RO';

const PLACES: Record<string, string> = {
  Kyiv: KYIV, Kharkiv: KHARKIV, Odesa: ODESA, Lviv: LVIV, Kherson: KHERSON, Sumy: SUMY, Zaporizhzhia: ZAPORIZHZHIA, Moscow: MOSCOW,
  Minsk: MINSK, Riga: RIGA, Warsaw: WARSAW, Brussels: BRUSSELS, Geneva: GENEVA, 'Donetsk region': DONETSK_OBLAST,
  'Kaliningrad region': KALININGRAD_OBLAST, Lithuania: LT, Latvia: LV, Poland: PL, Romania: RO,
};

const events = (text: string) => summary(classify('en', text, PLACES)).join(' ');

describe('English strikes: impacts, fire, interceptions and their debris', () => {
  test.each([
    ['came under … artillery fire', 'Kherson came under heavy artillery fire on Sunday.', `strike@${KHERSON}`],
    ['has repeatedly been targeted (recent background)', 'Kyiv has repeatedly been targeted by drones.', `strike@${KYIV}`],
    ['headline present tense: targets', 'Russia targets Odesa with drones', `strike@${ODESA}`],
    ['brought down over', 'Most of the drones were brought down over the Donetsk region.', `strike@${DONETSK_OBLAST}`],
    ['air defence at work over a place', 'Air defence was active over Kyiv for several hours.', `strike@${KYIV}`],
    ['fragments of a drone, as debris', 'Fragments of a drone were found on the outskirts of Odesa.', `strike@${ODESA}`],
    ['assault on (not "air assault operations")', 'Russia’s overnight assault on Kharkiv killed four.', `strike@${KHARKIV}`],
    ['slammed into', 'A missile slammed into an apartment block in Zaporizhzhia.', `strike@${ZAPORIZHZHIA}`],
    ['crashed into', 'Two people were killed when a drone crashed into a house in Sumy.', `strike@${SUMY}`],
    ['set ablaze', 'Fuel tanks in Odesa were set ablaze overnight.', `strike@${ODESA}`],
    ['was rocked by blasts', 'Lviv was rocked by blasts overnight.', `strike@${LVIV}`],
    ['falling debris (interception)', 'Falling debris damaged a school on the outskirts of Kyiv.', `strike@${KYIV}`],
    ['battered the port of', 'Russian drones battered the port of Odesa overnight.', `strike@${ODESA}`],
    ['tore through', 'A ballistic missile tore through a building in Kharkiv.', `strike@${KHARKIV}`],
    ['neutralised over', 'Air defences neutralised 40 drones over the Donetsk region.', `strike@${DONETSK_OBLAST}`],
    ['pummelled', 'Russia pummelled the Donetsk region with glide bombs.', `strike@${DONETSK_OBLAST}`],
    ['intercepted on the approach to', 'Drones were intercepted on the approach to Moscow.', `strike@${MOSCOW}`],
  ])('%s', (_, text, expected) => {
    expect(events(text)).toBe(expected);
  });
});

describe('English meetings and exercises', () => {
  test.each([
    ['convened', 'EU foreign ministers convened in Brussels on Monday.', `meeting@${BRUSSELS}`],
    ['arrives', 'Zelensky arrives in Warsaw for talks.', `meeting@${WARSAW}`],
    ['travelling to', 'The chancellor is travelling to Riga on Friday.', `meeting@${RIGA}`],
    ['sat down', 'The two presidents sat down in Geneva on Tuesday.', `meeting@${GENEVA}`],
    ['played host', 'Lukashenko played host to Putin in Minsk.', `meeting@${MINSK}`],
    ['negotiating in', 'Officials from both sides are negotiating in Geneva.', `meeting@${GENEVA}`],
    ['rehearsed', 'NATO troops in Lithuania rehearsed the defence of the corridor.', `exercise@${LT}`],
    ['practising', 'Troops were practising river crossings in Latvia.', `exercise@${LV}`],
    ['military training', 'Latvian troops took part in military training in Latvia.', `exercise@${LV}`],
    ['war game', 'Thousands of troops took part in a war game in Romania.', `exercise@${RO}`],
    ['manoeuvring', 'Warships were seen manoeuvring off the Kaliningrad region.', `exercise@${KALININGRAD_OBLAST}`],
    ['snap inspection', 'Russia ordered a snap inspection of its troops in the Kaliningrad region.', `exercise@${KALININGRAD_OBLAST}`],
  ])('%s', (_, text, expected) => {
    expect(events(text)).toBe(expected);
  });
});

describe('English: what is no event, and what is not its place', () => {
  test.each([
    ['called off', 'A planned meeting in Minsk was called off.', ''],
    ['scrapped', 'The talks in Riga were scrapped.', ''],
    ['might', 'Russia might strike Kyiv again.', ''],
    ['threatened', 'Moscow threatened strikes on Kyiv.', ''],
    ['air raid sirens are no strike', 'Air raid sirens sounded across Kyiv.', ''],
  ])('%s', (_, text, expected) => {
    expect(events(text)).toBe(expected);
  });

  test.each([
    ['conventional forces', 'Russia keeps conventional forces in Latvia.'],
    ['hit out (criticised)', 'The minister hit out at Poland over the grain ban.'],
    ['bombers (aircraft)', 'Strategic bombers were seen at an airfield in Lithuania.'],
    ['visitors', 'Visitors to Riga rose by a fifth.'],
    ['struck a deal', 'Poland and Ukraine struck a deal in Warsaw on grain transit.'],
    ['hit by sanctions', 'Latvia was hit by sanctions.'],
  ])('no cue: %s', (_, text) => {
    expect(events(text)).toBe('');
  });

  test('"explosions could be heard" reports a strike', () => {
    expect(events('Explosions could be heard in Kharkiv overnight.')).toBe(`strike@${KHARKIV}`);
  });

  test('a strike without casualties is still a strike', () => {
    expect(events('Russia struck Odesa without causing casualties.')).toBe(`strike@${ODESA}`);
  });

  test('"speaking in" places the speaker, not the exercise', () => {
    expect(events('The minister, speaking in Warsaw, said the exercises were a warning.')).toBe('');
  });

  test('police raids and refugee arrivals are no events', () => {
    expect(events('Police raids in Kyiv continued. The arrival of refugees in Poland continued.')).toBe('');
  });

  test('"the government in" names a government, not the scene', () => {
    expect(events('The government in Warsaw condemned the strikes on Kharkiv.')).toBe(`strike@${KHARKIV}`);
  });
});

describe('English "agreed": a meeting, but what was agreed is no place of it', () => {
  test.each([
    ['agreed in Riga', 'The ministers agreed in Riga to fund drone production in Lithuania.', `meeting@${RIGA}`],
    ['agreed, after a meeting told before', 'The ministers met in Warsaw. They agreed to fund production in Lithuania.', `meeting@${WARSAW}`],
    ['agreed, with no meeting told', 'The allies agreed to send more air defence systems to Lithuania.', ''],
  ])('%s', (_, text, expected) => {
    expect(events(text)).toBe(expected);
  });
});

describe('English casualties and fires are what strikes leave', () => {
  test.each([
    ['injured in', 'Two port workers were injured in Odesa, he said.', `strike@${ODESA}`],
    ['fire broke out', 'A fire broke out at a grain terminal in Odesa.', `strike@${ODESA}`],
    ['a fire at', 'Geolocated footage shows a fire at an oil depot in Odesa.', `strike@${ODESA}`],
    // the governor's region names no scene of its own
    ['killing …, said the governor of', 'A missile hit a factory in Kharkiv, killing three people, said Oleh Syniehubov, the governor of the Donetsk region.', `strike@${KHARKIV}`],
  ])('%s', (_, text, expected) => {
    expect(events(text)).toBe(expected);
  });
});

describe('English history and sanctions are no strikes', () => {
  test.each([
    ['"years ago" tells history', 'Russia launched its full-scale invasion of Ukraine four years ago.', ''],
    ['sanctions targeting a country', 'Leaders asked for a package of sanctions targeting Russia’s shadow fleet.', ''],
  ])('%s', (_, text, expected) => {
    expect(summary(classify('en', text, { Russia: 'country:RU', Ukraine: 'country:UA', 'Russia’s': 'country:RU' })).join(' ')).toBe(expected);
  });
});

test('English: with a passive between, only the copula may stand before the object ("hit repeatedly since Moscow walked out")', () => {
  expect(events('Odesa has been hit repeatedly since Moscow walked out of the grain deal.')).toBe(`strike@${ODESA}`);
});

describe('English: a meeting or exercise at a vague future time is only planned', () => {
  test.each([
    ['talks in the coming weeks', 'Talks in Geneva are planned in the coming weeks.', ''],
    ['drills next year', 'Poland will hold drills near Warsaw next year.', ''],
    ['a fixed date is an event', 'Ministers will meet in Brussels on Wednesday.', `meeting@${BRUSSELS}`],
    ['met now, meet again next year', 'The ministers met in Riga on Tuesday and agreed to meet again in Warsaw next year.', `meeting@${RIGA}`],
    ['the next summit, without a date', 'The next summit will be held in Warsaw.', ''],
    ['the next meeting, on a day of a month', 'The next meeting will take place in Geneva on 12 February.', `meeting@${GENEVA}`],
  ])('%s', (_, text, expected) => {
    expect(events(text)).toBe(expected);
  });
});

test('English: what "does not rule out" introduces is only possible', () => {
  expect(events('Warsaw did not rule out that Poland would hold its own drills near Lithuania.')).toBe('');
  expect(events('Latvia has no plans to hold a similar exercise on its border with Lithuania.')).toBe('');
  expect(events('Poland held drills near Warsaw.')).toBe(`exercise@${WARSAW}`);
});

test('English: soldiers drilling in a region hold an exercise; drilling for oil or gas does not', () => {
  expect(events('Polish soldiers are drilling in the border provinces near Lithuania.')).toBe(`exercise@${LT}`);
  expect(events('Offshore drilling off Romania was suspended.')).toBe('');
  expect(events('A company is drilling for gas in Romania.')).toBe('');
});

test('English: interceptors and artillery shells are weapons, not strikes', () => {
  expect(events('Every interceptor missile saves lives in Kharkiv, he said.')).toBe('');
  expect(events('The ministers agreed to buy artillery shells for Lithuania.')).toBe('');
});

describe('English: a relative clause after "an exercise with Russia"', () => {
  test('the partner between the noun and "that" does not take the relative clause', () => {
    const text = 'The check comes after Zapad-2025, a joint exercise with Russia that ended on 16 September and was held at ranges across Belarus.';
    expect(summary(classify('en', text, { Russia: 'country:RU', Belarus: 'country:BY' }))).toEqual(['exercise@country:BY']);
  });
});

describe('English: a season of next year is a vague future time', () => {
  test('"would host a meeting in Odesa next spring" is planned', () => {
    expect(summary(classify('en', 'Moldova would host a trilateral meeting with Ukraine in Odesa next spring.', { Moldova: 'country:MD', Ukraine: 'country:UA', Odesa: ODESA }))).toEqual([]);
  });
});

describe('English: "as many as" opens no clause', () => {
  test('"shot down as many as 30 drones over Kyiv and Sumy" is at both cities', () => {
    expect(events('Ukrainian air defences shot down as many as 30 drones over Kyiv and Sumy.')).toBe(`strike@${SUMY} strike@${KYIV}`);
  });
});

describe('English: a denial cancels the event told after it, across a clause', () => {
  test.each([
    ['Authorities in Kharkiv denied social media reports of explosions in the city.', ''],
    ['Moscow denied reports that the envoys had met in Geneva.', ''],
    ['The regional administration dismissed social media reports of an attack on Odesa as false.', ''],
    ['Moscow rejected as "fake news" reports that its envoys had held secret talks in Geneva.', ''],
    // a denial that stands after the event does not reach back
    ['Drones struck Odesa overnight; Moscow denied that the port was a target.', `strike@${ODESA}`],
  ])('%s', (text, expected) => {
    expect(events(text)).toBe(expected);
  });
});

describe('English: a proposed meeting is not an event', () => {
  test('"proposed holding the next meeting in Riga"', () => {
    expect(events('The minister proposed holding the next meeting in Riga.')).toBe('');
  });
});

describe('English: a parallel object after "and" shares the event ("X in A and Y near B")', () => {
  test.each([
    ['Drones hit port facilities in Odesa and a fuel depot near Kherson.', `strike@${ODESA} strike@${KHERSON}`],
    // not across a cue of another type
    ['Drones hit Kharkiv and ministers met in Riga.', `meeting@${RIGA} strike@${KHARKIV}`],
  ])('%s', (text, expected) => {
    expect(events(text)).toBe(expected);
  });
});

describe('English: a possessive before a source is part of it', () => {
  test('"fired from Russia\'s Kaliningrad region" is no strike on Russia', () => {
    expect(summary(classify('en', "The missile was fired from Russia's Kaliningrad region.", { "Russia's": 'country:RU', 'Kaliningrad region': KALININGRAD_OBLAST }))).toEqual([]);
  });
  test('"A fire also broke out" in a city', () => {
    expect(events('A fire also broke out at an oil depot in Odesa.')).toBe(`strike@${ODESA}`);
  });
});

describe('English: an unspaced en dash joins a compound, it opens no clause', () => {
  test('"a joint drill near the Lithuania–Poland border"', () => {
    expect(summary(classify('en', 'Troops will hold a joint drill near the Lithuania–Poland border on December 3.', { Lithuania: LT, Poland: PL, border: 'border:LT-PL' }))).toEqual(['exercise@border:LT-PL']);
  });
});

describe('English: a relative clause right after a town tells what happened to it', () => {
  test.each([
    ['Sumy, which was hit twice last week, was spared this time.', `strike@${SUMY}`],
    // not a country: "Russia, which launched …" is the attacker
    ['Romania, which was hit by debris last year, protested.', ''],
  ])('%s', (text, expected) => {
    expect(events(text)).toBe(expected);
  });
});

describe('English: firing live rounds and parachuting are parts of drills', () => {
  test.each([
    ['Artillery crews fired live rounds at a range outside Minsk.', `exercise@${MINSK}`],
    ['Paratroopers parachuted near Minsk.', `exercise@${MINSK}`],
    // firing at a city is still a strike
    ['Russian forces fired missiles at Kharkiv.', `strike@${KHARKIV}`],
  ])('%s', (text, expected) => {
    expect(events(text)).toBe(expected);
  });
});

describe('English: "dismissed the visit" is a reaction, and "as soon as the security situation allows" is planned', () => {
  test.each([
    ['Officials in Minsk dismissed the visit as a show.', ''],
    ['Paris is ready to host an investment conference in Riga "as soon as the security situation allows".', ''],
  ])('%s', (text, expected) => {
    expect(events(text)).toBe(expected);
  });
});

describe('English: "agreed to meet" is a plan', () => {
  test('"The three ministers agreed to meet again in Riga."', () => {
    expect(events('The three ministers agreed to meet again in Riga.')).toBe('');
  });
});

describe('English: "any meeting" is hypothetical', () => {
  test('"Moscow insists any meeting in Riga would first require a final document."', () => {
    expect(events('Moscow insists any meeting in Riga would first require a final document.')).toBe('');
  });
});

describe('English: a source list with an article and a larger place, then where the drones were downed', () => {
  test('"launched from Crimea and the Kaliningrad region of Russia, most of them over Odesa"', () => {
    const places = { Crimea: 'region:UA-43', 'Kaliningrad region': KALININGRAD_OBLAST, Russia: 'country:RU', Odesa: ODESA };
    const facts = { kindOf: (p: string) => p.split(':')[0], parentOf: () => undefined, isCapital: () => false, countriesOf: (p: string) => (p === 'country:RU' || p === KALININGRAD_OBLAST ? ['RU'] : ['UA']) };
    expect(summary(classifyWith(facts, 'en', 'The 62 drones were launched from Crimea and the Kaliningrad region of Russia, most of them over Odesa.', places))).toEqual([`strike@${ODESA}`]);
  });
});

describe('English: "should" is conditional or an opinion, not an event', () => {
  test.each([
    ['Should the readiness check in Riga be extended, it would be the longest since 2024.'],
    ['NATO should hold drills in Lithuania.'],
  ])('%s', (text) => {
    expect(events(text)).toBe('');
  });
});

test('English: "from the directions of …" governs the places after "of": launch sites, no strike there', () => {
  expect(events('The drones were launched from the directions of Kharkiv and Sumy.')).toBe('');
  expect(events('The drones were launched from the area of Kharkiv.')).toBe('');
  expect(events('The drones were launched at the outskirts of Kharkiv.')).toBe(`strike@${KHARKIV}`);
});

test('English: a vague future time far after a long subject still makes the meeting planned', () => {
  expect(events('Technical talks between Ukrainian and Russian delegations could resume in Geneva once a date is agreed, officials said.')).toBe('');
});

describe('English: a span of years, or a year in a short clause before the cue, makes it history', () => {
  test.each([
    ['Moscow used the 2014–15 talks in Minsk to freeze the conflict.', ''],
    ['In 2014, talks were held in Minsk.', ''],
    // the year names a plan that ends then, not the time of the event
    ['Ministers met in Riga to agree on a plan until 2027.', `meeting@${RIGA}`],
  ])('%s', (text, expected) => {
    expect(events(text)).toBe(expected);
  });
});

test('English: drones that "set fire to" a depot struck its place', () => {
  expect(events('Ukrainian drones set fire to an oil depot in the Kaliningrad region.')).toBe(`strike@${KALININGRAD_OBLAST}`);
});

test('English: a passive takes the town that the region nearest the cue locates ("the port of Izmail in the Odesa region was attacked")', () => {
  const places = { Izmail: 'city:707308', 'Odesa region': 'region:UA-51' };
  expect(summary(classify('en', 'The Danube port of Izmail in the Odesa region was attacked overnight.', places))).toEqual(['strike@city:707308', 'strike@region:UA-51']);
});

test('English: "talks on Ukraine" tell the topic, not the scene', () => {
  expect(summary(classify('en', 'Talks on Ukraine opened in Geneva on Monday.', { Ukraine: 'country:UA', Geneva: GENEVA }))).toEqual([`meeting@${GENEVA}`]);
});

describe('English: the serial comma', () => {
  test('"over Kharkiv, Sumy, and Odesa" closes a list of three', () => {
    expect(events('Drones were shot down over Kharkiv, Sumy, and Odesa.')).toBe(`strike@${SUMY} strike@${ODESA} strike@${KHARKIV}`);
  });
  test('after one place ", and" opens a clause', () => {
    expect(events('Drones hit Kharkiv, and Moscow denied any role.')).toBe(`strike@${KHARKIV}`);
  });
});

test('English: a reacted-to event takes the scene of its relative clause ("criticised the drills that … began in Lithuania")', () => {
  expect(events('Moscow criticised the drills that NATO troops began this week in Lithuania.')).toBe(`exercise@${LT}`);
  // with no relative clause the reaction refers to drills told elsewhere
  expect(events('Moscow criticised the drills, a spokesman in Riga said.')).toBe('');
});

test('English: what "could" happen is only possible, but explosions that "could be heard" were', () => {
  expect(events('Trump said he could still meet Putin in Geneva if a deal is close.')).toBe('');
  expect(events('Explosions could be heard in Kyiv overnight.')).toBe(`strike@${KYIV}`);
});

describe('English: a town that alone opens the sentence is the subject of a later passive', () => {
  test.each([
    ['The city of Kharkiv, close to the Donetsk region, has been hit repeatedly by guided aerial bombs.', `strike@${KHARKIV}`],
    ['09:05 - Sumy, which Russian artillery shells almost daily, was hit again overnight, officials say.', `strike@${SUMY}`],
    // the place must open the sentence alone, not qualify its subject
    ['Troops from Kharkiv, who had moved east in spring, were hit overnight.', ''],
  ])('%s', (text, expected) => {
    expect(events(text)).toBe(expected);
  });
});

test('English: reports of an attack that the sentence calls false are no strike', () => {
  expect(events('Social media reports of an attack on Odesa were false, the regional administration said.')).toBe('');
  expect(events('Reports of an attack on Odesa were confirmed by the regional administration.')).toBe(`strike@${ODESA}`);
});

test('English: after "after", an article does not count toward the reach of the place ("hours after Russia pounded energy facilities in the Donetsk region")', () => {
  expect(events('Leaders gathered in Brussels hours after Russia pounded energy facilities in the Donetsk region.')).toBe(`meeting@${BRUSSELS} strike@${DONETSK_OBLAST}`);
});

test('English: a verb of reacting governs what follows it, not a cue before it ("caught fire after what the governor called a drone attack")', () => {
  expect(events('In Sumy, a fuel depot caught fire after what the governor called a "massive drone attack".')).toBe(`strike@${SUMY}`);
});

test('English: a leader who hosts a counterpart holds a meeting; a country that hosts troops does not', () => {
  expect(summary(classify('en', "Lithuania's president will host his Polish counterpart in Vilnius on Friday.", { Vilnius: 'city:593116' }))).toEqual(['meeting@city:593116']);
  expect(events('Poland hosts thousands of US troops near Warsaw.')).toBe('');
});

describe('English: a city or region with an official\'s title before the verb of reporting tells where', () => {
  const KHERSON_OBLAST = 'region:UA-65';
  const RYAZAN = 'city:500096';
  const RYAZAN_OBLAST = 'region:RU-RYA';
  const facts = { kindOf: (p: string) => p.split(':')[0], parentOf: (p: string) => (p === KHERSON ? KHERSON_OBLAST : p === RYAZAN ? RYAZAN_OBLAST : undefined), isCapital: () => false, countriesOf: () => [] };
  const places = { ...PLACES, 'Kherson Oblast': KHERSON_OBLAST, Ryazan: RYAZAN, 'Ryazan Oblast': RYAZAN_OBLAST };
  const withFacts = (text: string) => summary(classifyWith(facts, 'en', text, places)).join(' ');

  test.each([
    ['no "that": "Moscow Mayor Sergei Sobyanin said air defences destroyed …"', 'Moscow Mayor Sergei Sobyanin said air defences destroyed 14 drones flying towards the capital overnight.', `strike@${MOSCOW}`],
    ['with "that": "Kharkiv Mayor Ihor Terekhov said that a missile hit …"', 'Kharkiv Mayor Ihor Terekhov said that a missile hit an apartment building.', `strike@${KHARKIV}`],
    // a city that opens the clause with no title after it is who speaks, not where
    ['no title: "Moscow said drones attacked …"', 'Moscow said drones attacked a refinery overnight.', ''],
  ])('%s', (_, text, expected) => {
    expect(events(text)).toBe(expected);
  });

  test('the title\'s region gives way to its town named later in the sentence', () => {
    expect(withFacts('Kherson Oblast Governor Oleksandr Prokudin said one person was killed as Russian troops shelled the city of Kherson.')).toBe(`strike@${KHERSON}`);
  });

  test('… or where the article told a strike before, paragraphs earlier', () => {
    const text = 'Drones struck an oil refinery in Ryazan overnight.\n\nHours later, Russia fired missiles at Kharkiv.\n\nRyazan Oblast Governor Pavel Malkov said debris from a downed drone had started a fire at the refinery.';
    expect(withFacts(text)).toBe(`strike@${RYAZAN} strike@${KHARKIV}`);
    // with no strike on the town told before, the title names the place
    const noTown = 'Hours later, Russia fired missiles at Kharkiv.\n\nRyazan Oblast Governor Pavel Malkov said debris from a downed drone had started a fire at the refinery.';
    expect(summary(classifyWith(facts, 'en', noTown, { Kharkiv: KHARKIV, 'Ryazan Oblast': RYAZAN_OBLAST })).join(' ')).toBe(`strike@${KHARKIV} strike@${RYAZAN_OBLAST}`);
  });
});

test('English: troops "exercising" near a town hold an exercise; a ministry "exercising caution" or its rights does not', () => {
  expect(events('Polish soldiers spent three days exercising in the woods near Lviv.')).toBe(`exercise@${LVIV}`);
  expect(events('The ministry in Warsaw is exercising caution.')).toBe('');
  expect(events('Lithuania is exercising its right to defend itself.')).toBe('');
});

test('English: troops on the move right after a sentence about drills go on with them; after a strike they tell nothing', () => {
  expect(events('Drills began near Lviv on Monday. Armoured units were deployed around Odesa.')).toBe(`exercise@${ODESA} exercise@${LVIV}`);
  expect(events('A missile hit Kharkiv on Monday. Armoured units were deployed around Odesa.')).toBe(`strike@${KHARKIV}`);
});

test('English: a relative clause about the event noun that names no place is read past, to the predicate that says where', () => {
  expect(events('The drills, which began on Monday, are taking place near Lviv.')).toBe(`exercise@${LVIV}`);
  expect(events('The talks, which lasted three hours, were held in Minsk.')).toBe(`meeting@${MINSK}`);
});

test('English: a passive may put articles, weapons and a modifier or two between the place and the cue ("Kyiv came under a massive drone attack")', () => {
  // Capitals, so that only the passive (not a town opening the clause) makes them the target.
  const facts = { kindOf: (p: string) => p.split(':')[0], parentOf: () => undefined, isCapital: (p: string) => p === KYIV || p === MOSCOW, countriesOf: () => [] };
  const withFacts = (text: string) => summary(classifyWith(facts, 'en', text, PLACES)).join(' ');
  expect(withFacts('Kyiv came under a massive drone attack overnight.')).toBe(`strike@${KYIV}`);
  expect(withFacts('Kyiv came under a combined missile and drone attack for the second night in a row.')).toBe(`strike@${KYIV}`);
  // without a passive marker the capital opening the clause speaks
  expect(withFacts('Moscow condemned a massive drone attack overnight.')).toBe('');
});

test('English: a country with a preposition of its own before a border is a scene, not a side of the border ("drills in Lithuania near the border with Belarus")', () => {
  const places = { ...PLACES, border: 'border:BY-LT', Belarus: 'country:BY' };
  expect(summary(classify('en', 'German troops held drills in Lithuania near the border with Belarus.', places)).join(' ')).toBe(`exercise@border:BY-LT exercise@${LT}`);
  // a side named in the border phrase stays a side
  expect(summary(classify('en', "German troops held drills near Lithuania's border with Belarus.", { ...places, "Lithuania's": LT })).join(' ')).toBe('exercise@border:BY-LT');
});

test('English: a cue set at a named place the gazetteer does not hold does not take the story\'s latest place ("exercises near the Suwałki Gap")', () => {
  const inSecond = (text: string) => summary(classify('en', text, PLACES).filter((e) => e.passage === 'a#1'));
  expect(inSecond('Russia began drills near Lviv. Polish troops held joint exercises near the Suwalki Gap.')).toEqual([]);
  // an unnamed range goes on with the story
  expect(inSecond('Russia began drills near Lviv. Troops held live-fire exercises at the range.')).toEqual([`exercise@${LVIV}`]);
});

test('English: an article right after the preposition does not count toward its reach ("In the north-eastern Sumy region, a drone hit …")', () => {
  const SUMY_OBLAST = 'region:UA-59';
  const facts = { kindOf: (p: string) => p.split(':')[0], parentOf: (p: string) => (p === SUMY ? SUMY_OBLAST : undefined), isCapital: () => false, countriesOf: () => [] };
  const text = 'In the north-eastern Sumy region, a Russian drone hit a minibus near the town of Sumy.';
  expect(summary(classifyWith(facts, 'en', text, { 'Sumy region': SUMY_OBLAST, Sumy: SUMY })).join(' ')).toBe(`strike@${SUMY} strike@${SUMY_OBLAST}`);
});

describe('English: "days after Trump hosted Putin in Anchorage, Alaska"', () => {
  const ANCHORAGE = 'city:5879400';
  const ALASKA = 'region:US-AK';
  const facts = { kindOf: (p: string) => p.split(':')[0], parentOf: (p: string) => (p === ANCHORAGE ? ALASKA : undefined), isCapital: () => false, countriesOf: () => [] };
  const withFacts = (text: string) => summary(classifyWith(facts, 'en', text, { Anchorage: ANCHORAGE, Alaska: ALASKA, Washington: 'city:4140963' })).join(' ');

  test('a name between "after" and the cue is the subject of a new event, not one told before', () => {
    expect(withFacts('The talks in Washington came days after Trump hosted Putin at a base in Anchorage.')).toBe(`meeting@city:4140963 meeting@${ANCHORAGE}`);
  });

  test('the region right after its city, past a comma, locates it (the whole pipeline)', () => {
    const { events: found } = analyseArticle({ id: 'a', text: 'The talks came days after Trump hosted Putin at a military base in Anchorage, Alaska.', lang: 'en' }, index);
    expect(found.map((e) => `${e.type}@${e.place}`).sort()).toEqual([`meeting@${ANCHORAGE}`, `meeting@${ALASKA}`]);
  });
});

test('English: the country owning the region that locates a town is the event\'s too ("near Unecha in Russia\'s Bryansk region")', () => {
  const { events: found } = analyseArticle({ id: 'a', text: "Ukrainian drones hit a pumping station near Unecha in Russia's Bryansk region.", lang: 'en' }, index);
  expect(found.map((e) => `${e.type}@${e.place}`).sort()).toEqual(['strike@city:479028', 'strike@country:RU', 'strike@region:RU-BRY']);
});

test('English: a town a distance away from which something lies is a point of reference ("some 200 km (125 miles) south of Moscow")', () => {
  const text = 'Drones struck a plant in Kharkiv, an industrial city some 200 km (125 miles) south of Moscow, overnight, as Russia launched an attack.';
  expect(events(text)).toBe(`strike@${KHARKIV}`);
  // close by, the town is where it happened
  expect(events('Explosions were heard 30 km north of Kharkiv.')).toBe(`strike@${KHARKIV}`);
});

test('English: weapons that arrive hold no meeting ("fighter jets arrived in Poland"); people who arrive do', () => {
  expect(events('Dutch and Danish fighter jets arrived in Poland last week.')).toBe('');
  expect(events('Every Patriot battery that arrives in December saves lives in Kharkiv.')).toBe('');
  expect(events('The Dutch and Danish ministers arrived in Poland last week.')).toBe(`meeting@${PL}`);
});
