// Polish event cues (src/core/languages/pl.ts) on invented sentences: the whole family of each cue (nouns, both
// aspects, participles), the words that look like cues but are not ("wybuch wojny", "trafić do"), topic and agent
// phrases that never name the scene, and hypothetical events.
import { describe, expect, test } from 'vitest';
import { classify, summary } from './classifyHelpers';
import { index, placeIds, BREST_FR } from './recogniseHelpers';

const KYIV = 'city:703448';
const KHARKIV = 'city:706483';
const ODESA = 'city:698740';
const SUMY = 'city:692194';
const KREMENCHUK = 'city:704147';
const POLTAVA = 'city:696643';
const LUXEMBOURG = 'city:2960316';
const GENEVA = 'city:2660646';
const ISTANBUL = 'city:745044';
const WARSAW = 'city:756135';
const VILNIUS = 'city:593116';
const MINSK = 'city:625144';
const GRODNO = 'city:627904';
const BREST = 'city:629634';
const ELK = 'city:772621';
const KYIV_OBLAST = 'region:UA-32';
const BY = 'country:BY';
const LT = 'country:LT';
const RU = 'country:RU';
const UA = 'country:UA';

const events = (text: string, places: Record<string, string>) => summary(classify('pl', text, places));

describe('Polish strikes: attacks, what they did, interceptions, casualties', () => {
  test.each([
    ['Rakiety spadły na Krzemieńczuk.', { Krzemieńczuk: KREMENCHUK }, [KREMENCHUK]],
    ['Pociski spadły także na Połtawę.', { Połtawę: POLTAVA }, [POLTAVA]],
    ['Pociski trafiły w budynki w centrum Charkowa.', { Charkowa: KHARKIV }, [KHARKIV]],
    ['W nocy w Odessie słychać było wybuchy.', { Odessie: ODESA }, [ODESA]],
    ['Nad obwodem kijowskim strącono kilkanaście dronów.', { 'obwodem kijowskim': KYIV_OBLAST }, [KYIV_OBLAST]],
    ['W Sumach zginęły dwie osoby.', { Sumach: SUMY }, [SUMY]],
    ['Pięć osób zostało rannych w Kijowie.', { Kijowie: KYIV }, [KYIV]],
    ['Infrastruktura energetyczna w Charkowie została uszkodzona.', { Charkowie: KHARKIV }, [KHARKIV]],
    ['Rosyjskie lotnictwo zbombardowało Sumy.', { Sumy: SUMY }, [SUMY]],
    ['Okręty wystrzeliły pociski w kierunku Odessy.', { Odessy: ODESA }, [ODESA]],
    ['Samoloty zrzuciły bomby kierowane na Charków.', { Charków: KHARKIV }, [KHARKIV]],
    ['Szczątki rakiety uszkodziły dach szkoły w Odessie.', { Odessie: ODESA }, [ODESA]],
    ['Rosyjskie drony niszczą infrastrukturę w Odessie.', { Odessie: ODESA }, [ODESA]],
    ['Obrona przeciwlotnicza działała nad Kijowem.', { Kijowem: KYIV }, [KYIV]],
    ['Charków znalazł się pod ostrzałem artylerii.', { Charków: KHARKIV }, [KHARKIV]],
  ])('%s', (text, places, expected) => {
    expect(events(text, places)).toEqual(expected.map((p) => `strike@${p}`));
  });

  test('"north of Kyiv" is near Kyiv', () => {
    expect(events('Drony zestrzelono na północ od Kijowa.', { Kijowa: KYIV })).toEqual([`strike@${KYIV}`]);
  });

  test('a launch "z terytorium" (from the territory of) a country is not a strike there', () => {
    expect(events('Drony wystrzelono z terytorium Białorusi w kierunku Kijowa.', { Białorusi: BY, Kijowa: KYIV })).toEqual([`strike@${KYIV}`]);
  });

  test('"wojna w Ukrainie" is the background, not the place of a meeting', () => {
    expect(events('Liczba spotkań wzrosła po wybuchu wojny w Ukrainie.', { Ukrainie: UA })).toEqual([]);
    expect(events('Rozmowy dotyczyły skutków wojny na Ukrainie.', { Ukrainie: UA })).toEqual([]);
  });

  test('declined forms: "wizycie" (c before -ie), "zabici"', () => {
    expect(events('Po wizycie w Wilnie premier wrócił do kraju.', { Wilnie: VILNIUS })).toEqual([`meeting@${VILNIUS}`]);
    expect(events('W Sumach zabici zostali dwaj ratownicy.', { Sumach: SUMY })).toEqual([`strike@${SUMY}`]);
  });

  test('"nie tylko" (not only) and "bez ofiar" (without casualties) deny nothing', () => {
    expect(events('Rosyjskie ataki nie tylko na Charków trwały całą noc.', { Charków: KHARKIV })).toEqual([`strike@${KHARKIV}`]);
    expect(events('Atak na Odessę obył się bez ofiar.', { Odessę: ODESA })).toEqual([`strike@${ODESA}`]);
  });

  test('the agent after "przez" is not the scene', () => {
    expect(events('Charków został ponownie ostrzelany przez Rosję.', { Charków: KHARKIV, Rosję: RU })).toEqual([`strike@${KHARKIV}`]);
  });

  test('"wybuch" is an explosion, unless a war breaks out', () => {
    expect(events('W Kijowie doszło do silnego wybuchu.', { Kijowie: KYIV })).toEqual([`strike@${KYIV}`]);
    expect(events('Od wybuchu pełnoskalowej wojny w Ukrainie minęły trzy lata.', { Ukrainie: UA })).toEqual([]);
  });

  test('"wybuch wojny" (the outbreak of the war) and "trafić do" (to end up in) are no strikes', () => {
    expect(events('Od wybuchu wojny w Ukrainie minęły trzy lata.', { Ukrainie: UA })).toEqual([]);
    expect(events('Gdy wybuchła wojna w Ukrainie, ceny wzrosły.', { Ukrainie: UA })).toEqual([]);
    expect(events('Pomoc humanitarna trafiła do Ukrainy.', { Ukrainy: UA })).toEqual([]);
  });

  test('cruise missiles ("pociski manewrujące") are no manoeuvres, a supply of air defence no interception', () => {
    expect(events('Okręty wystrzeliły pociski manewrujące w kierunku Odessy.', { Odessy: ODESA })).toEqual([`strike@${ODESA}`]);
    expect(events('Niemcy przekażą Ukrainie systemy obrony powietrznej.', { Niemcy: 'country:DE', Ukrainie: UA })).toEqual([]);
    expect(events('Obrona powietrzna Ukrainy potrzebuje nowych systemów w Odessie.', { Ukrainy: UA, Odessie: ODESA })).toEqual([]);
  });
});

describe('Polish meetings', () => {
  test.each([
    ['Ministrowie zebrali się w Luksemburgu.', { Luksemburgu: LUXEMBOURG }, LUXEMBOURG],
    ['Delegacje prowadziły rokowania w Stambule.', { Stambule: ISTANBUL }, ISTANBUL],
    ['Kanclerz gościł w Warszawie premiera Litwy.', { Warszawie: WARSAW, Litwy: LT }, WARSAW],
    ['Na szczycie w Wilnie przywódcy przyjęli deklarację.', { Wilnie: VILNIUS }, VILNIUS],
    ['Prezydent udał się do Mińska.', { Mińska: MINSK }, MINSK],
    ['Przywódcy spotykają się dziś w Genewie.', { Genewie: GENEVA }, GENEVA],
    ['Delegacje negocjują w Stambule od rana.', { Stambule: ISTANBUL }, ISTANBUL],
  ])('%s', (text, places, place) => {
    expect(events(text, places)).toEqual([`meeting@${place}`]);
  });

  test('"spotkał się z krytyką" (met with criticism) is no meeting', () => {
    expect(events('Premier spotkał się z krytyką w Warszawie.', { Warszawie: WARSAW })).toEqual([]);
  });

  test('the situation "na granicy" is the topic of the talks, not their place', () => {
    expect(events('Ministrowie rozmawiali w Wilnie o sytuacji na granicy z Białorusią.', { Wilnie: VILNIUS, granicy: 'border:BY-LT', Białorusią: BY })).toEqual([`meeting@${VILNIUS}`]);
    expect(events('Rozmawiano o sytuacji na granicy.', { granicy: 'border:BY-PL' })).toEqual([]);
  });

  test('an interview ("w rozmowie z PAP") after a visit does not inherit the place of the visit', () => {
    const text = 'Premier odwiedził Wilno.\nMinister powiedział w rozmowie z PAP, że sytuacja jest stabilna.';
    expect(classify('pl', text, { Wilno: VILNIUS }).filter((e) => e.passage === 'a#1')).toEqual([]);
  });

  test('a phone call after a visit does not inherit the place of the visit', () => {
    const text = 'Premier odwiedził Wilno.\nPóźniej prezydent rozmawiał telefonicznie z kanclerzem.';
    expect(classify('pl', text, { Wilno: VILNIUS }).filter((e) => e.passage === 'a#1')).toEqual([]);
  });

  test('a press conference and a peak season are no meetings', () => {
    expect(events('W Warszawie odbyła się konferencja prasowa ministra.', { Warszawie: WARSAW })).toEqual([]);
    expect(events('Szczyt sezonu w Wilnie przypada na sierpień.', { Wilnie: VILNIUS })).toEqual([]);
  });

  test('talks "about" a country happen where they are held', () => {
    expect(events('Rozmowy na temat Ukrainy odbyły się w Genewie.', { Ukrainy: UA, Genewie: GENEVA })).toEqual([`meeting@${GENEVA}`]);
    expect(events('Negocjacje w sprawie Ukrainy toczą się w Stambule.', { Ukrainy: UA, Stambule: ISTANBUL })).toEqual([`meeting@${ISTANBUL}`]);
  });
});

describe('Polish exercises', () => {
  test.each([
    ['Białoruskie wojska ćwiczą pod Grodnem.', { Grodnem: GRODNO }, GRODNO],
    ['W rejonie Brześcia trwa szkolenie jednostek pancernych.', { Brześcia: BREST }, BREST],
    ['Żołnierze prowadzą ostre strzelania na poligonie koło Ełku.', { Ełku: ELK }, ELK],
    ['Białoruś przeprowadziła sprawdzian gotowości bojowej w Grodnie.', { Białoruś: BY, Grodnie: GRODNO }, GRODNO],
    ['Sztabowcy prowadzą gry wojenne w Mińsku.', { Mińsku: MINSK }, MINSK],
    ['Żołnierze szkolą się na poligonie pod Brześciem.', { Brześciem: BREST }, BREST],
  ])('%s', (text, places, place) => {
    expect(events(text, places)).toEqual([`exercise@${place}`]);
  });
});

describe('Polish: the mock enemy of an exercise', () => {
  test('a simulated attack in an exercise is no strike', () => {
    expect(events('Żołnierze odpierali pozorowany atak pod Grodnem podczas ćwiczeń.', { Grodnem: GRODNO })).toEqual([`exercise@${GRODNO}`]);
  });
});

describe('Polish: threatened, conditional and postponed events are not events', () => {
  test.each([
    ['Rosja grozi atakiem na Wilno.', { Rosja: RU, Wilno: VILNIUS }],
    ['Gdyby Rosja zaatakowała Litwę, NATO by odpowiedziało.', { Rosja: RU, Litwę: LT }],
    ['Ukraina zaprzeczyła, jakoby zaatakowała Biełgorod.', { Ukraina: UA, Biełgorod: 'city:578072' }],
    ['Kiszyniów jest celem hybrydowych ataków.', { Kiszyniów: 'city:618426' }],
    ['Sąd odroczył posiedzenie sądu w Warszawie.', { Warszawie: WARSAW }],
    ['Sankcje to uderzenie w gospodarkę Białorusi.', { Białorusi: BY }],
    ['W wypadku pod Grodnem zginęły trzy osoby.', { Grodnem: GRODNO }],
    ['Wywiad ostrzegł o ataku na Wilno.', { Wilno: VILNIUS }],
    ['Eksperci analizują możliwy atak na Wilno.', { Wilno: VILNIUS }],
    ['Spotkanie w Warszawie zostało przełożone.', { Warszawie: WARSAW }],
    ['Rosja mogłaby zaatakować Wilno w ciągu kilku dni.', { Rosja: RU, Wilno: VILNIUS }],
    ['Rosja przygotowuje nową ofensywę i atak na Charków.', { Rosja: RU, Charków: KHARKIV }],
  ])('%s', (text, places) => {
    expect(events(text, places)).toEqual([]);
  });
});

describe('Polish locative softening before -ie', () => {
  test('Brest → Breście is recognised', () => {
    expect(index.byId.has(BREST_FR)).toBe(true);
    expect(placeIds('Minister obrony Francji odwiedził bazę marynarki w Breście.', 'pl')).toContain(BREST_FR);
  });
});

describe('Polish inverted passive: the participle first, the places after the auxiliary', () => {
  test('"Ostrzelane zostały także Czuhujiw i Zołocziw"', () => {
    expect(events('Ostrzelane zostały także Czuhujiw i Zołocziw.', { Czuhujiw: 'city:710374', Zołocziw: 'city:686895' })).toEqual(['strike@city:686895', 'strike@city:710374']);
  });
  test('not for a meeting: the participants are no place of it', () => {
    expect(events('Na spotkaniu byli także przedstawiciele Szwecji.', { Szwecji: 'country:SE' })).toEqual([]);
  });
});

test('Polish: a year up to twelve words before the cue makes it history ("w lutym 2022 r. Rosja wykorzystała manewry … dla ataku na Kijów")', () => {
  const text = 'Przypominają, że w lutym 2022 r. Rosja wykorzystała wielkie manewry na Białorusi jako przykrywkę dla ataku na Kijów.';
  expect(summary(classify('pl', text, { Kijów: KYIV, Białorusi: BY }))).toEqual([]);
});

test('Polish: "na jednym z poligonów" keeps the scene ("z" of a part, not of an origin)', () => {
  expect(summary(classify('pl', 'Ćwiczenia rozpoczęły się na jednym z poligonów na Białorusi.', { Białorusi: BY }))).toEqual([`exercise@${BY}`]);
});

test('Polish: a relative clause about the event noun that names no place is read past ("Ćwiczenia, które rozpoczęły się w poniedziałek, odbywają się w …")', () => {
  expect(events('Ćwiczenia, które rozpoczęły się w poniedziałek, odbywają się w obwodzie brzeskim.', { 'obwodzie brzeskim': 'region:BY-BR' })).toEqual(['exercise@region:BY-BR']);
});

test('Polish: "the night preceding the talks" refers back to them, and a blow to an economy is no strike', () => {
  const places = { Kamieńskie: 'city:709932', Polski: 'country:PL' };
  expect(events('Sybiha poinformował, że w nocy poprzedzającej rozmowy rosyjskie drony spadły na Kamieńskie.', places)).toEqual(['strike@city:709932']);
  expect(events('Zboże przejeżdża przez terytorium Polski, a blokady uderzają w ukraińską gospodarkę.', places)).toEqual([]);
});

test('Polish: an event told after "jeśli" is hypothetical ("Jeśli dojdzie do zawieszenia broni, … zorganizować w Wilnie konferencję")', () => {
  expect(events('Jeśli dojdzie do zawieszenia broni, Trójkąt Lubelski chce też zorganizować w Wilnie konferencję donorów.', { Wilnie: 'city:593116' })).toEqual([]);
  expect(events('Trójkąt Lubelski zorganizował w Wilnie konferencję donorów.', { Wilnie: 'city:593116' })).toEqual(['meeting@city:593116']);
});
