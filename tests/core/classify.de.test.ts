// German event cues (src/core/languages/de.ts): the families a journalist uses for strikes, meetings and exercises,
// the prepositions that tie them to a place, and the words that make a sentence tell no event. Sentences invented.
import { describe, expect, test } from 'vitest';
import { classify, classifyWith, summary } from './classifyHelpers';

const KYIV = 'city:703448';
const KHARKIV = 'city:706483';
const ODESA = 'city:698740';
const LVIV = 'city:702550';
const KHERSON = 'city:706448';
const SUMY = 'city:692194';
const ZAPORIZHZHIA = 'city:687700';
const DNIPRO = 'city:709930';
const BELGOROD = 'city:578072';
const MINSK = 'city:625144';
const VILNIUS = 'city:593116';
const RIGA = 'city:456172';
const WARSAW = 'city:756135';
const BRUSSELS = 'city:2800866';
const GENEVA = 'city:2660646';
const PARIS = 'city:2988507';
const KAUNAS = 'city:598316';
const DONETSK_OBLAST = 'region:UA-14';
const KALININGRAD_OBLAST = 'region:RU-KGD';
const LT = 'country:LT';
const LV = 'country:LV';
const RO = 'country:RO';
const RU = 'country:RU';
const PL = 'country:PL';
const UA = 'country:UA';
const BY = 'country:BY';

const PLACES: Record<string, string> = {
  Kiew: KYIV, Charkiw: KHARKIV, Odessa: ODESA, Lwiw: LVIV, Cherson: KHERSON, Sumy: SUMY, Saporischschja: ZAPORIZHZHIA, Dnipro: DNIPRO,
  Belgorod: BELGOROD, Minsk: MINSK, Vilnius: VILNIUS, Riga: RIGA, Warschau: WARSAW, Brüssel: BRUSSELS, Genf: GENEVA, Paris: PARIS,
  Kaunas: KAUNAS, 'Gebiet Donezk': DONETSK_OBLAST, 'Gebiet Kaliningrad': KALININGRAD_OBLAST, Litauen: LT, Lettland: LV, Rumänien: RO,
  Russland: RU, Polen: PL, Ukraine: UA, Belarus: BY,
};

const events = (text: string) => summary(classify('de', text, PLACES)).join(' ');

describe('German strikes: attack, shelling, bombing, impacts, interceptions', () => {
  test.each([
    ['greift … an (present, separable)', 'Die russische Armee greift seit Tagen Dörfer nahe Charkiw an.', `strike@${KHARKIV}`],
    ['stand unter Beschuss', 'Cherson stand unter Beschuss.', `strike@${KHERSON}`],
    ['geriet erneut unter Beschuss', 'Sumy geriet erneut unter Beschuss.', `strike@${SUMY}`],
    ['passive with adverbs before the participle', 'Odessa wurde erneut heftig beschossen.', `strike@${ODESA}`],
    ['Ziel von Angriffen', 'Charkiw wurde Ziel von Angriffen.', `strike@${KHARKIV}`],
    ['recent background: wird immer wieder beschossen', 'Cherson wird immer wieder beschossen.', `strike@${KHERSON}`],
    ['Gleitbomben (compound)', 'Die russische Luftwaffe warf Gleitbomben auf Cherson ab.', `strike@${KHERSON}`],
    ['detonieren', 'In Sumy detonierten am Morgen mehrere Sprengkörper.', `strike@${SUMY}`],
    ['beschädigt after a strike', 'In Dnipro wurde ein Einkaufszentrum schwer beschädigt.', `strike@${DNIPRO}`],
    ['in Brand gesetzt', 'Ukrainische Kampfdrohnen haben eine Raffinerie in Russland in Brand gesetzt.', `strike@${RU}`],
    ['getroffen (hit)', 'In der Nähe der Stadt Sumy wurde eine Gasanlage getroffen.', `strike@${SUMY}`],
    ['fing … ab (interception over a place)', 'Die Luftabwehr fing über Kiew zwanzig Drohnen ab.', `strike@${KYIV}`],
    ['abgeschossene, Trümmer', 'Am Stadtrand von Kiew stürzten Trümmer einer abgeschossenen Rakete auf ein Wohnhaus.', `strike@${KYIV}`],
    ['genitive "von" after a part of a place', 'Eine Rakete schlug in einem Wohngebiet von Saporischschja ein.', `strike@${ZAPORIZHZHIA}`],
    ['der Beschuss von (genitive after a strike noun)', 'Der Artilleriebeschuss von Cherson hält an.', `strike@${KHERSON}`],
    ['abgefeuert, von … aus is the launch site', 'Drohnen wurden von Belarus aus auf Kiew abgefeuert.', `strike@${KYIV}`],
    ['laut dem Bürgermeister von', 'Laut dem Bürgermeister von Dnipro schlugen zwei Raketen ein.', `strike@${DNIPRO}`],
    ['im Hafen von', 'Im Hafen von Odessa schlugen Raketen ein.', `strike@${ODESA}`],
    ['"schlugen vor allem … ein" is still a strike', 'Die Raketen schlugen vor allem in Charkiw ein.', `strike@${KHARKIV}`],
    ['Raketentreffer (compound, after "nach")', 'In Odessa brannten nach Raketentreffern mehrere Lagerhallen.', `strike@${ODESA}`],
    ['a drone came down', 'Im Gebiet Donezk ist eine Drohne abgestürzt.', `strike@${DONETSK_OBLAST}`],
    ['Raketenhagel', 'Ein Raketenhagel ging auf Charkiw nieder.', `strike@${KHARKIV}`],
    ['Explosionen in a region', 'Im Gebiet Donezk kam es zu heftigen Explosionen.', `strike@${DONETSK_OBLAST}`],
  ])('%s', (_, text, expected) => {
    expect(events(text)).toBe(expected);
  });
});

describe('German meetings: zusammenkommen, beraten, verhandeln, reisen, ankommen', () => {
  test.each([
    ['kamen zusammen', 'Die Botschafter kamen zusammen, um in Brüssel zu beraten.', `meeting@${BRUSSELS}`],
    ['zusammengekommen', 'Die Außenminister sind am Montag in Brüssel zusammengekommen.', `meeting@${BRUSSELS}`],
    ['kommen … zu einem Gipfel zusammen', 'Die Staats- und Regierungschefs kommen am Donnerstag in Brüssel zu einem Gipfel zusammen.', `meeting@${BRUSSELS}`],
    ['Krisentreffen (compound)', 'Das Krisentreffen in Warschau dauerte bis in die Nacht.', `meeting@${WARSAW}`],
    ['Begegnung', 'Die Begegnung in Genf dauerte zwei Stunden.', `meeting@${GENEVA}`],
    ['berieten', 'Die Verteidigungsminister berieten in Brüssel über neue Waffenlieferungen.', `meeting@${BRUSSELS}`],
    ['Friedensverhandlungen (compound)', 'Die Friedensverhandlungen in Genf wurden fortgesetzt.', `meeting@${GENEVA}`],
    ['Ministerratstagung (compound)', 'Die Ministerratstagung in Riga endete am Abend.', `meeting@${RIGA}`],
    ['Besuch … eingetroffen', 'Die Außenministerin ist zu einem unangekündigten Besuch in Kiew eingetroffen.', `meeting@${KYIV}`],
    ['reiste zu Gesprächen nach', 'Selenskyj reiste zu Gesprächen nach Warschau.', `meeting@${WARSAW}`],
    ['traf sich', 'Der Kanzler traf sich in Paris mit dem französischen Präsidenten.', `meeting@${PARIS}`],
  ])('%s', (_, text, expected) => {
    expect(events(text)).toBe(expected);
  });
});

describe('German exercises: Übung, Manöver, üben, Gefechtsbereitschaft', () => {
  test.each([
    ['üben (verb)', 'In Litauen üben Soldaten der NATO die Verteidigung der Grenze.', `exercise@${LT}`],
    ['hält Manöver ab', 'Die russische Ostseeflotte hält Manöver im Gebiet Kaliningrad ab.', `exercise@${KALININGRAD_OBLAST}`],
    ['vor der Küste von', 'Russische Kriegsschiffe hielten vor der Küste von Lettland eine Übung ab.', `exercise@${LV}`],
    ['direction + "von"', 'Die Truppen trainieren auf Übungsplätzen nordwestlich von Kaunas.', `exercise@${KAUNAS}`],
    ['probten (rehearse)', 'In Litauen probten Soldaten die Evakuierung grenznaher Dörfer.', `exercise@${LT}`],
    ['two places, each with its own preposition', 'Die Truppen üben nordwestlich von Kaunas und in der Nähe der Stadt Riga.', `exercise@${RIGA} exercise@${KAUNAS}`],
    ['fand statt', 'In Rumänien fand eine Übung der NATO statt.', `exercise@${RO}`],
  ])('%s', (_, text, expected) => {
    expect(events(text)).toBe(expected);
  });
});

describe('German: what is no event, and what is not its place', () => {
  test.each([
    ['a threat', 'Russland droht mit Angriffen auf Kiew.', ''],
    ['a possibility', 'Russland könnte Kiew erneut angreifen.', ''],
    ['postponed', 'Der Gipfel in Brüssel wurde verschoben.', ''],
    ['cancelled', 'Ein Treffen in Minsk wurde abgesagt.', ''],
    ['rejected', 'Moskau hat Berichte über Angriffe auf Kiew zurückgewiesen.', ''],
    ['not reported', 'Explosionen wurden in Kiew nicht gemeldet.', ''],
    ['"trafen eine Entscheidung" is no meeting', 'Die Minister trafen eine Entscheidung in Brüssel.', ''],
    ['"Raketen trafen" is a strike, not a meeting', 'Russische Raketen trafen ein Einkaufszentrum in Dnipro.', `strike@${DNIPRO}`],
  ])('%s', (_, text, expected) => {
    expect(events(text)).toBe(expected);
  });

  test.each([
    ['niemand verletzt', 'Bei dem Angriff auf Kiew wurde niemand verletzt.', `strike@${KYIV}`],
    ['ohne Schaden', 'Drohnen griffen Odessa an, ohne Schaden anzurichten.', `strike@${ODESA}`],
    ['Treffen ohne Ergebnis', 'Das Treffen in Genf endete ohne Ergebnis.', `meeting@${GENEVA}`],
  ])('no casualties or no result is still an event: %s', (_, text, expected) => {
    expect(events(text)).toBe(expected);
  });

  test('"im Grenzgebiet zu Litauen" is not in Lithuania', () => {
    expect(events('Belarus hat Übungen im Grenzgebiet zu Litauen begonnen.')).toBe('');
  });

  test('"zwischen" names the parties of talks, not where they are held', () => {
    expect(events('In Genf begannen Verhandlungen zwischen Russland und der Ukraine.')).toBe(`meeting@${GENEVA}`);
  });

  test('"über die …" is what talks are about', () => {
    expect(events('Gespräche über die Ukraine fanden in Genf statt.')).toBe(`meeting@${GENEVA}`);
  });

  test.each([
    ['Angriffskrieg (war of aggression)', 'Russlands Angriffskrieg gegen die Ukraine dauert an.'],
    ['Besucher (visitors)', 'Viele Besucher in Riga kamen aus Polen.'],
    ['Verhandlungsposition', 'Die Verhandlungsposition in Kiew ist schwach.'],
    ['Ablenkungsmanöver (a diversion)', 'Die Regierung in Minsk nannte die Vorwürfe ein Ablenkungsmanöver in Polen.'],
    ['schlugen Alarm (raised the alarm)', 'Mehrere Staaten schlugen Alarm wegen der Lage in Riga.'],
  ])('no cue: %s', (_, text) => {
    expect(events(text)).toBe('');
  });

  test('a Pressekonferenz is no meeting', () => {
    expect(events('Der Minister sagte auf einer Pressekonferenz in Riga, die Lage sei ernst.')).toBe('');
  });

  test('"das Ministerium in …" names a government', () => {
    expect(events('Geprobt werde die Abwehr von Drohnen, teilte das Verteidigungsministerium in Minsk mit.')).toBe('');
  });

  test('"die Regierung in …" names a government', () => {
    expect(events('Die Regierung in Warschau verurteilte die Angriffe auf Charkiw.')).toBe(`strike@${KHARKIV}`);
  });
});

describe('German: a diplomat\'s post', () => {
  test('"Botschafter in Lettland" names the post, the meeting is in Warsaw', () => {
    expect(events('In Warschau traf Sikorski den ukrainischen Botschafter in Lettland.')).toBe(`meeting@${WARSAW}`);
  });
  test('"Konsultationen nach Warschau" are no consul: the visit is in Warsaw', () => {
    expect(events('Wadephul war zu Konsultationen nach Warschau gereist.')).toBe(`meeting@${WARSAW}`);
  });
});

describe('German headline: a dash after a closed list starts a new clause', () => {
  test('"… auf Kiew, Charkiw und Dnipro – Warschau und Brüssel verurteilen Attacken"', () => {
    expect(events('Russischer Großangriff auf Kiew, Charkiw und Dnipro – Warschau und Brüssel verurteilen Attacken')).toBe(`strike@${KYIV} strike@${KHARKIV} strike@${DNIPRO}`);
  });
});

describe('German: "mehr als" opens no clause, and a clause-final verb reaches past its adverbials', () => {
  test('"hat Russland Odessa und Saporischschja mit mehr als 120 Drohnen angegriffen" is at both cities', () => {
    expect(events('Allein in der vergangenen Nacht hat Russland Odessa und Saporischschja mit mehr als 120 Drohnen angegriffen.')).toBe(`strike@${ZAPORIZHZHIA} strike@${ODESA}`);
  });

  test('an event noun before the verb does not reach as far: "Russland und Belarus haben am Freitag ihr gemeinsames Manöver begonnen"', () => {
    expect(events('Russland und Belarus haben am Freitag ihr gemeinsames Manöver begonnen.')).toBe('');
  });
});

describe('German casualties and fires are what strikes leave', () => {
  test.each([
    ['in Brand', 'Drohnen setzten ein Tanklager in Odessa in Brand.', `strike@${ODESA}`],
    ['Großbrand', 'In Charkiw brach auf dem Gelände der Raffinerie ein Großbrand aus.', `strike@${KHARKIV}`],
    ['verletzt', 'In Sumy wurden zwei Menschen verletzt.', `strike@${SUMY}`],
  ])('%s', (_, text, expected) => {
    expect(events(text)).toBe(expected);
  });
});

describe('German: after a perfect auxiliary the place is the participle\'s object, however long the adverbials', () => {
  test('"Russland hat die Ukraine in der Nacht zum Dienstag mit Dutzenden Raketen und Hunderten Drohnen angegriffen"', () => {
    expect(events('Russland hat die Ukraine in der Nacht zum Dienstag mit Dutzenden Raketen und Hunderten Drohnen angegriffen.')).toBe(`strike@${UA}`);
  });
});

describe('German "trainieren" and a separated "ein Feuer aus"', () => {
  test.each([
    ['Im Gebiet Kaliningrad trainierten Soldaten der Baltischen Flotte.', `exercise@${KALININGRAD_OBLAST}`],
    ['In Charkiw brach in einer Raffinerie ein Feuer aus.', `strike@${KHARKIV}`],
  ])('%s', (text, expected) => {
    expect(events(text)).toBe(expected);
  });
});

test('German: "aus dem Raum Engels" is an origin: the preposition that is itself a place noun yields to "aus"', () => {
  const places = { Engels: 'city:563464', 'Gebiet Saratow': 'region:RU-SAR' };
  const facts = { kindOf: (p: string) => p.split(':')[0], parentOf: (p: string) => (p === 'city:563464' ? 'region:RU-SAR' : undefined), isCapital: () => false, countriesOf: () => [] };
  // the region that locates the origin is an origin too
  expect(summary(classifyWith(facts, 'de', 'Die Marschflugkörper seien von Bombern aus dem Raum Engels im Gebiet Saratow abgefeuert worden.', places))).toEqual([]);
});

test('German: reports of a hit that did not prove true are no strike ("Berichte über einen Einschlag … bestätigten sich nicht")', () => {
  expect(summary(classify('de', 'Berichte über einen Einschlag in Charkiw bestätigten sich dagegen nicht.', { Charkiw: KHARKIV }))).toEqual([]);
  expect(summary(classify('de', 'Berichte über einen Einschlag in Charkiw bestätigte der Bürgermeister.', { Charkiw: KHARKIV }))).toEqual([`strike@${KHARKIV}`]);
});

describe('German: separable verbs are cues only with their particle ("kamen … zusammen", "findet … statt")', () => {
  test.each([
    ['kamen … zusammen is a meeting', 'Die Außenminister kamen am Donnerstag in Riga zusammen.', { Riga: 'city:456172' }, ['meeting@city:456172']],
    ['findet … statt goes on with the drills told before', 'Die Nato beginnt in Polen ein Manöver. Der Hauptteil findet bei Suwałki statt.', { Polen: 'country:PL', Suwałki: 'city:757718' }, ['exercise@city:757718', 'exercise@country:PL']],
    ['kamen without the particle is no meeting', 'Die Soldaten kamen aus Litauen nach Riga.', { Litauen: 'country:LT', Riga: 'city:456172' }, []],
  ])('%s', (_, text, places, expected) => {
    expect(summary(classify('de', text, places))).toEqual(expected);
  });
});

test('German: a negation that closes the clause denies the cue far before it, and "jedoch" in the middle of a clause opens none ("Einschläge wurden aus der Hauptstadt jedoch nicht gemeldet")', () => {
  expect(summary(classify('de', 'In Kiew herrschte stundenlang Luftalarm, Einschläge wurden aus der Hauptstadt jedoch nicht gemeldet.', { Kiew: 'city:703448' }))).toEqual([]);
  expect(summary(classify('de', 'In Kiew herrschte stundenlang Luftalarm, Einschläge wurden aus der Hauptstadt gemeldet.', { Kiew: 'city:703448' }))).toEqual(['strike@city:703448']);
});

test('German: the official\'s place is where the report happened ("Der Gouverneur des Gebiets Kursk … teilte mit", "Der Bürgermeister von Odessa sagte")', () => {
  expect(summary(classify('de', 'Der Gouverneur des Gebiets Kursk, Alexander Chinschtein, teilte mit, eine Drohne habe ein Umspannwerk beschädigt.', { 'Gebiets Kursk': 'region:RU-KRS' }))).toEqual(['strike@region:RU-KRS']);
  expect(summary(classify('de', 'Der Bürgermeister von Odessa sagte, zwei Menschen seien verletzt worden.', { Odessa: 'city:698740' }))).toEqual(['strike@city:698740']);
  // "von" after anything else is still "from"
  expect(summary(classify('de', 'Ein Vertreter von Charkiw sagte, zwei Menschen seien verletzt worden.', { Charkiw: 'city:706483' }))).toEqual([]);
});
