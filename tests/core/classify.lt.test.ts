// Lithuanian event cues on invented sentences: the whole family of each cue (aspects, tenses, nouns, participles),
// interceptions and damage as strikes, postpositional "in the area of", the hypothetical, and words that look like
// cues but are not (a press conference, a school).
import { describe, expect, test } from 'vitest';
import { classify, classifyWith, summary } from './classifyHelpers';

const KYIV = 'city:703448';
const KHARKIV = 'city:706483';
const ODESA = 'city:698740';
const LVIV = 'city:702550';
const VILNIUS = 'city:593116';
const RIGA = 'city:456172';
const WARSAW = 'city:756135';
const CHISINAU = 'city:618426';
const GRODNO = 'city:627904';
const GRODNO_REGION = 'region:BY-HR';
const UA = 'country:UA';

const cases = (rows: readonly (readonly [string, Record<string, string>, string])[]) =>
  test.each(rows)('%s', (text, places, expected) => {
    expect(summary(classify('lt', text, places)).join(' ')).toBe(expected);
  });

describe('Lithuanian strikes: verbs of every tense, interceptions, debris and damage', () => {
  cases([
    ['Rusija vėl užpuolė Charkivą.', { Charkivą: KHARKIV }, `strike@${KHARKIV}`],
    ['Dronų nuolaužos nukrito Kyjive.', { Kyjive: KYIV }, `strike@${KYIV}`],
    ['Lvove apgadinti keli gyvenamieji namai.', { Lvove: LVIV }, `strike@${LVIV}`],
    ['Oro gynyba sunaikino 20 dronų virš Odesos.', { Odesos: ODESA }, `strike@${ODESA}`],
    ['Smūgiai Ukrainos rytuose sukėlė gaisrus.', { Ukrainos: UA }, `strike@${UA}`],
    // "Strikes continue in eastern Ukraine" speaks of the war in general (continuingWords).
    ['Smūgiai Ukrainos rytuose tęsiasi.', { Ukrainos: UA }, ''],
    // A genitive place before a noun in the locative ("around Kyiv", "in Odesa's port") is where it happened.
    ['Kyjivo apylinkėse nugriaudėjo sprogimai.', { Kyjivo: KYIV }, `strike@${KYIV}`],
    ['Odesos uoste per apšaudymą kilo gaisras.', { Odesos: ODESA }, `strike@${ODESA}`],
    // A power cut is told as the consequence of an attack, where it happens.
    ['Odesoje sutriko elektros tiekimas.', { Odesoje: ODESA }, `strike@${ODESA}`],
    // "mokymo įstaiga" is a school: the strike damaged it, there was no exercise.
    ['Charkive apgadinta mokymo įstaiga.', { Charkive: KHARKIV }, `strike@${KHARKIV}`],
  ]);
});

describe('Lithuanian meetings: present and past, visits, gatherings, talks', () => {
  cases([
    ['Zelenskis ir Duda susitinka Varšuvoje.', { Varšuvoje: WARSAW }, `meeting@${WARSAW}`],
    ['Kišiniove lankėsi Lietuvos prezidentas.', { Kišiniove: CHISINAU, Lietuvos: 'country:LT' }, `meeting@${CHISINAU}`],
    ['Ministrai Rygoje aptarė oro gynybą.', { Rygoje: RIGA }, `meeting@${RIGA}`],
    // The visitor's country, in the genitive (JAV does not decline), is not where the visit is.
    ['Į Vilnių atvyko JAV valstybės sekretorius.', { Vilnių: VILNIUS, JAV: 'country:US' }, `meeting@${VILNIUS}`],
    ['Vilniuje susirinko Baltijos šalių premjerai.', { Vilniuje: VILNIUS }, `meeting@${VILNIUS}`],
    ['Delegacijos derėjosi Varšuvoje visą naktį.', { Varšuvoje: WARSAW }, `meeting@${WARSAW}`],
    // "about" (dėl, apie): the place in the locative after its object is where the talks are; the situation in a
    // country is the topic, not the scene.
    ['Derybos dėl paliaubų vyko Stambule.', { Stambule: 'city:745044' }, 'meeting@city:745044'],
    ['Prezidentai susitiko aptarti padėties Ukrainoje.', { Ukrainoje: UA }, ''],
    // A phone call happens nowhere: no meeting where the talk was about.
    ['Prezidentai susitiko Vilniuje. Vėliau prezidentas telefonu aptarė padėtį Kyjive.', { Vilniuje: VILNIUS, Kyjive: KYIV }, `meeting@${VILNIUS}`],
    // A press conference is no meeting.
    ['Spaudos konferencijoje Vilniuje ministras atsakė į klausimus.', { Vilniuje: VILNIUS }, ''],
  ]);
});

describe('Lithuanian exercises: training and drills', () => {
  cases([
    ['Baltarusijos kariai treniruojasi Gardino srityje.', { 'Gardino srityje': GRODNO_REGION }, `exercise@${GRODNO_REGION}`],
    ['Prasidėjo pratybos Gardino apylinkėse.', { Gardino: GRODNO }, `exercise@${GRODNO}`],
    ['Kariuomenė surengė netikėtą patikrinimą Gardino srityje.', { 'Gardino srityje': GRODNO_REGION }, `exercise@${GRODNO_REGION}`],
  ]);
});

describe('Lithuanian "N km north of / from" a place is near it', () => {
  cases([
    ['Sprogimai nugriaudėjo 30 km į šiaurę nuo Charkivo.', { Charkivo: KHARKIV }, `strike@${KHARKIV}`],
    ['Dronas numuštas už 20 kilometrų nuo Kyjivo.', { Kyjivo: KYIV }, `strike@${KYIV}`],
    // "iš ryto" (in the morning) is time, not a source.
    ['Antradienį iš ryto Kyjive nugriaudėjo sprogimai.', { Kyjive: KYIV }, `strike@${KYIV}`],
  ]);
});

describe('Lithuanian words that contain a cue but name no event', () => {
  cases([
    ['Muziejaus lankytojai Vilniuje stovėjo eilėje.', { Vilniuje: VILNIUS }, ''],
    ['Atvykėliai Vilniuje ieško darbo.', { Vilniuje: VILNIUS }, ''],
    ['Per dujų sprogimą Kaune nukentėjo du žmonės.', { Kaune: 'city:598316' }, ''],
    ['Kibernetinė ataka prieš Lietuvos institucijas.', { Lietuvos: 'country:LT' }, ''],
    ['Sankcijos yra smūgis Rusijos ekonomikai.', { Rusijos: 'country:RU' }, ''],
    // analysts who assess the attacks are where the assessment happens, not where the attacks did
    ['Vilniuje dirbantys analitikai atakas vertina kaip nuoseklią strategiją.', { Vilniuje: VILNIUS }, ''],
  ]);
});

describe('Lithuanian: a region in the title of the official who reports the event', () => {
  cases([
    // "srities" is the genitive of "sritis" (the region's governor).
    ['Zaporižios srities gubernatorius sakė, kad apšaudyti keli kaimai.', { 'Zaporižios srities': 'region:UA-23' }, 'strike@region:UA-23'],
  ]);
});

describe('Lithuanian "in which" opens a clause that happens at the place before it', () => {
  cases([
    ['Rusija stiprina kariuomenę Kaliningrado srityje, kurioje vyksta pratybos.', { 'Kaliningrado srityje': 'region:RU-KGD' }, 'exercise@region:RU-KGD'],
  ]);
});

describe('Lithuanian hypothetical and threatened events are not events', () => {
  cases([
    ['Rusija galėtų atakuoti Lietuvą.', { Lietuvą: 'country:LT' }, ''],
    ['NATO planuoja surengti pratybas Lietuvoje kitais metais.', { Lietuvoje: 'country:LT' }, ''],
    ['Rusija grasina smūgiais Vilniui.', { Vilniui: VILNIUS }, ''],
    ['Vizitas įvyks Vilniuje, kai tik bus suderinta data.', { Vilniuje: VILNIUS }, ''],
    // The next meeting, with no day set, is only planned.
    ['Kitas ministrų susitikimas numatytas rudenį Vilniuje.', { Vilniuje: VILNIUS }, ''],
  ]);
});

describe('Lithuanian: a later clause that says where things take place goes on with the event', () => {
  cases([
    ['Manevruose dalyvauja apie 3000 karių, o pagrindiniai veiksmai vyksta Gardino apylinkėse.', { Gardino: GRODNO }, `exercise@${GRODNO}`],
    // without a verb of taking place, a clause after "o" (but) says something else
    ['Manevruose dalyvauja apie 3000 karių, o Gardino gyventojai nerimauja.', { Gardino: GRODNO }, ''],
  ]);
});

describe('Lithuanian "treniruosis", "treniravosi" (will train, trained) are exercises', () => {
  cases([
    ['Rusijos desantininkai treniravosi netoli Gardino.', { Rusijos: 'country:RU', Gardino: GRODNO }, `exercise@${GRODNO}`],
  ]);
});

describe('Lithuanian "susitarė" (agreed) at a scene before it', () => {
  cases([
    ['Gynybos ministrai penktadienį Rygoje susitarė stiprinti oro gynybą Lietuvoje.', { Rygoje: RIGA, Lietuvoje: 'country:LT' }, `meeting@${RIGA}`],
  ]);
});

describe('Lithuanian: a dash after a single place goes on with it', () => {
  cases([
    ['Daliniai pratybas rengia Gardino srityje – Lydos ir Smurgainių apylinkėse.', { 'Gardino srityje': GRODNO_REGION, Lydos: 'city:626081', Smurgainių: 'city:621713' }, `exercise@city:621713 exercise@city:626081 exercise@${GRODNO_REGION}`],
  ]);
});

describe('Lithuanian "nekomentavo" (did not comment) is a reaction: it adds no event', () => {
  cases([
    ['Pirmą kartą dronai atakavo Brianską. Ukraina oficialiai atakų nekomentavo.', { Brianską: 'city:571476', Ukraina: UA }, 'strike@city:571476'],
  ]);
});

describe('Lithuanian: a clause opening with "taip pat" (as well as) ends the list before it', () => {
  cases([
    ['Virš Pskovo ir Tverės sričių, taip pat Maskvos srities buvo numušti 74 dronai.', { Pskovo: 'region:RU-PSK', 'Tverės sričių': 'region:RU-TVE', 'Maskvos srities': 'region:RU-MOS' }, 'strike@region:RU-MOS strike@region:RU-PSK strike@region:RU-TVE'],
  ]);
});

describe('Lithuanian: a list after a topic is a topic throughout', () => {
  test('"aptarė padėtį Baltarusijoje ir Moldovoje": the situation in Belarus and Moldova, not a meeting there', () => {
    expect(summary(classify('lt', 'Ministrai Kyjive taip pat aptarė padėtį Baltarusijoje ir Moldovoje.', { Kyjive: KYIV, Baltarusijoje: 'country:BY', Moldovoje: 'country:MD' }))).toEqual([`meeting@${KYIV}`]);
  });
});

describe('Lithuanian: plans for early next year and a later stage "surengtas" (held)', () => {
  test('"kitų metų pradžioje planuoja surengti bendras oro gynybos pratybas Pskovo srityje" is planned', () => {
    expect(summary(classify('lt', 'Minskas ir Maskva paskelbė, kad kitų metų pradžioje planuoja surengti bendras oro gynybos pratybas Pskovo srityje.', { Minskas: 'city:625144', Maskva: 'city:524901', 'Pskovo srityje': 'region:RU-PSK' }))).toEqual([]);
  });

  test('"Pagrindinis jų etapas surengtas poligone netoli Borisovo" goes on with the drills told before', () => {
    const text = 'Baltarusijoje vyko bendros pratybos. Pagrindinis jų etapas surengtas poligone netoli Borisovo.';
    expect(summary(classify('lt', text, { Baltarusijoje: 'country:BY', Borisovo: 'city:630376' }))).toEqual(['exercise@city:630376', 'exercise@country:BY']);
  });
});

describe('Lithuanian: the clause after a colon explains the cue, however long its subject', () => {
  test('"patikrinimą: kariniai daliniai iš nuolatinių dislokacijos vietų perkeliami į Gardino ir Bresto sritis"', () => {
    const text = 'Ministerija paskelbė netikėtą kovinės parengties patikrinimą: kariniai daliniai iš nuolatinių dislokacijos vietų perkeliami į Gardino ir Bresto sritis.';
    expect(summary(classify('lt', text, { 'Gardino': GRODNO_REGION, 'Bresto sritis': 'region:BY-BR' }))).toEqual(['exercise@region:BY-BR', `exercise@${GRODNO_REGION}`]);
  });
});

describe('Lithuanian "nukentėjo" (suffered) tells where the damage was', () => {
  cases([
    ['Naktį Charkive nukentėjo gyvenamieji namai.', { Charkive: KHARKIV }, `strike@${KHARKIV}`],
  ]);
});

describe('Lithuanian: a scene list that closes a long object counts from its first member', () => {
  test('"smūgiai pasiekė šilumines elektrines, dujų gavybos objektus ir pastotes Lvivo, … ir Charkivo srityse"', () => {
    const text = 'Naktį smūgiai pasiekė šilumines elektrines, dujų gavybos objektus ir pastotes Lvivo, Ivano Frankivsko, Poltavos ir Charkivo srityse.';
    const places = { Lvivo: 'region:UA-46', 'Ivano Frankivsko': 'region:UA-26', Poltavos: 'region:UA-53', 'Charkivo srityse': 'region:UA-63' };
    expect(summary(classify('lt', text, places))).toEqual(['strike@region:UA-26', 'strike@region:UA-46', 'strike@region:UA-53', 'strike@region:UA-63']);
  });
});

describe('Lithuanian "paneigė" (denied) cancels the event told after it', () => {
  cases([
    ['Charkivo valdžia paneigė socialiniuose tinkluose plitusius pranešimus apie smūgį Charkivui.', { Charkivo: KHARKIV, Charkivui: KHARKIV }, ''],
  ]);
});

describe('Lithuanian: "šalies rytuose" (in the east of the country) is the country whose troops hold the drills', () => {
  cases([
    ['Latvijos kariuomenė baigė pratybas šalies rytuose, Daugpilio apylinkėse.', { Latvijos: 'country:LV', Daugpilio: 'city:460413' }, 'exercise@city:460413 exercise@country:LV'],
  ]);
});

describe('Lithuanian: a genitive list before two nouns of place, the last in the locative, is the scene', () => {
  cases([
    ['Pratybos vyksta Gardino, Lydos ir Ašmenos apylinkių poligonuose.', { Gardino: GRODNO, Lydos: 'city:626081', Ašmenos: 'city:624785' }, `exercise@city:624785 exercise@city:626081 exercise@${GRODNO}`],
  ]);
});

describe('Lithuanian "praktikavosi", "šaudymus" are drills; "akis į akį" (face to face) is a meeting', () => {
  cases([
    ['Trečiadienį Kaune desantininkai praktikavosi perimti aerodromą.', { Kaune: 'city:598316' }, 'exercise@city:598316'],
    ['Baltijos laivynas Kaliningrado srityje surengė artilerijos šaudymus.', { 'Kaliningrado srityje': 'region:RU-KGD' }, 'exercise@region:RU-KGD'],
    ['Prezidentai akis į akį kalbėjosi rugsėjį Vilniuje.', { Vilniuje: VILNIUS }, `meeting@${VILNIUS}`],
  ]);
});

describe('Lithuanian: a parallel object after "ir", its place in the locative ("X-o uostą ir objektus Y-e")', () => {
  cases([
    ['Dronai atakavo Odesos uostą ir energetikos objektus Charkive.', { Odesos: ODESA, Charkive: KHARKIV }, `strike@${ODESA} strike@${KHARKIV}`],
  ]);
});

describe('Lithuanian: the count between the verb and the weapons ("paleido 86 dronus")', () => {
  cases([
    // the plural participle, spelt as the infinitive, before the count
    ['Virš Briansko srities sunaikinti 42 Ukrainos dronai.', { 'Briansko srities': 'region:RU-BRY', Ukrainos: UA }, 'strike@region:RU-BRY'],
    ['Rusija naktį į Ukrainą paleido 86 smogiamuosius dronus.', { Ukrainą: UA }, `strike@${UA}`],
  ]);
});

describe('Lithuanian: a genitive after a preposition of place, with the verb right after it, is the scene', () => {
  cases([
    ['Virš Kyjivo numušė dronus.', { Kyjivo: KYIV }, `strike@${KYIV}`],
    ['Dronai pataikė į gyvenamąjį namą Kyjivo Darnycios rajone.', { Kyjivo: KYIV }, `strike@${KYIV}`],
  ]);
});


test('Lithuanian: the town right after the region in the genitive that holds it is the event\'s too', () => {
  const BERYSLAV = 'city:712260';
  const facts = { kindOf: (p: string) => p.split(':')[0], parentOf: (p: string) => (p === BERYSLAV ? 'region:UA-65' : undefined), isCapital: () => false, countriesOf: () => [] };
  expect(summary(classifyWith(facts, 'lt', 'Rusijos pajėgos apšaudė Chersono srities Beryslavą.', { Rusijos: 'country:RU', 'Chersono srities': 'region:UA-65', Beryslavą: BERYSLAV }))).toEqual([`strike@${BERYSLAV}`, 'strike@region:UA-65']);
});

test('Lithuanian: "X\'s capital Y" names both for the event', () => {
  const facts = { kindOf: (p: string) => p.split(':')[0], parentOf: () => undefined, isCapital: (p: string) => p === 'city:323786', countriesOf: (p: string) => (p === 'city:323786' || p === 'country:TR' ? ['TR'] : []) };
  expect(summary(classifyWith(facts, 'lt', 'Kitas NATO viršūnių susitikimas vyks liepos 7–8 dienomis Turkijos sostinėje Ankaroje.', { Turkijos: 'country:TR', Ankaroje: 'city:323786' }))).toEqual(['meeting@city:323786', 'meeting@country:TR']);
});

describe('Lithuanian: regions listed after the other side of a border are no source, and share the scene', () => {
  cases([
    ['Pietų Lietuvoje, prie sienos su Lenkija, Marijampolės ir Alytaus apskrityse, treniruojasi apie 3 tūkst. karių.', { Lietuvoje: 'country:LT', sienos: 'border:LT-PL', Lenkija: 'country:PL', Marijampolės: 'region:LT-MR', 'Alytaus apskrityse': 'region:LT-AL' }, 'exercise@country:LT exercise@region:LT-AL exercise@region:LT-MR'],
  ]);
});

describe('Lithuanian "smūgis suduotas" (a strike was dealt) takes the place after the verb', () => {
  cases([
    ['Smūgis suduotas ir Nižynui – ten sužeistas vienas vyras.', { Nižynui: 'city:699942' }, 'strike@city:699942'],
  ]);
});
