// Transliteration rules that generate place names in one language from their form in another:
//   • romanised GeoNames names back to the local Cyrillic (`fromRomanised`),
//   • Cyrillic (Russian, Ukrainian, Belarusian) into the Latin-script languages (`cyrillicToLatin`),
//   • Russian/Ukrainian spelling into Bulgarian and Russian into Ukrainian spelling,
//   • Bulgarian into the Latin-script languages and Russian/Ukrainian spelling (Bulgarian towns),
//   • Latin-script local names (Polish, Lithuanian, Latvian, Estonian) into Cyrillic (`latinToCyrillic`),
//   • the Latvian and Lithuanian habit of giving foreign names a native ending (Minsk → Minska, Minskas).
// These produce the usual forms for regular names (Шебекино → Šebekino, Szebiekino, Šebekinas, Schebekino); the
// exceptions (Kyiv → Kijów, Kiew) are curated in curated/cityNames.ts, never coded here.

export type CyrillicSource = 'ru' | 'uk' | 'be' | 'bg';
export type LatinTarget = 'lv' | 'lt' | 'pl' | 'de' | 'en';

const CYR_VOWELS = new Set([...'аеёиоуыэюяіїєў']);
const isCyrVowel = (c: string | undefined) => c !== undefined && CYR_VOWELS.has(c);
const isCyrLetter = (c: string | undefined) => c !== undefined && /[\u0400-\u04ff]/u.test(c);
/** Cyrillic letters after which Polish writes e/i/o rather than ie/y/io (always hard). */
const PL_HARD = new Set([...'жшцчщ']);

/** Letters that are the same in every Latin target (lower case). */
const COMMON: Record<string, string> = {
  а: 'a', б: 'b', д: 'd', к: 'k', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', т: 't', у: 'u', ф: 'f', э: 'e', ъ: '', ў: 'u',
};

/** Per-target letters that do not depend on context. */
const TABLE: Record<LatinTarget, Record<string, string>> = {
  lv: { в: 'v', г: 'g', ґ: 'g', ж: 'ž', з: 'z', к: 'k', л: 'l', с: 's', х: 'h', ц: 'c', ч: 'č', ш: 'š', щ: 'šč', ы: 'i', і: 'i', ї: 'ji', й: 'j' },
  lt: { в: 'v', г: 'g', ґ: 'g', ж: 'ž', з: 'z', к: 'k', л: 'l', с: 's', х: 'ch', ц: 'c', ч: 'č', ш: 'š', щ: 'šč', ы: 'y', і: 'i', ї: 'ji', й: 'j' },
  pl: { в: 'w', г: 'g', ґ: 'g', ж: 'ż', з: 'z', к: 'k', с: 's', х: 'ch', ц: 'c', ч: 'cz', ш: 'sz', щ: 'szcz', ы: 'y', і: 'i', ї: 'ji', й: 'j' },
  de: { в: 'w', г: 'g', ґ: 'g', ж: 'sch', з: 's', к: 'k', л: 'l', х: 'ch', ц: 'z', ч: 'tsch', ш: 'sch', щ: 'schtsch', ы: 'y', і: 'i', ї: 'ji', й: 'j' },
  en: { в: 'v', г: 'g', ґ: 'g', ж: 'zh', з: 'z', к: 'k', л: 'l', с: 's', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ы: 'y', і: 'i', ї: 'yi', й: 'y' },
};

/** Iotated vowels: [after a consonant, at the start / after a vowel or sign]. */
const IOTATED: Record<LatinTarget, Record<string, [string, string]>> = {
  lv: { я: ['ja', 'ja'], ю: ['ju', 'ju'], ё: ['jo', 'jo'], є: ['je', 'je'] },
  lt: { я: ['ia', 'ja'], ю: ['iu', 'ju'], ё: ['io', 'jo'], є: ['ie', 'je'] },
  pl: { я: ['ia', 'ja'], ю: ['iu', 'ju'], ё: ['io', 'jo'], є: ['ie', 'je'] },
  de: { я: ['ja', 'ja'], ю: ['ju', 'ju'], ё: ['jo', 'jo'], є: ['je', 'je'] },
  en: { я: ['ya', 'ya'], ю: ['yu', 'yu'], ё: ['yo', 'yo'], є: ['ye', 'ye'] },
};

/** Ukrainian national romanisation of the iotated vowels and й: [at the start of a word, elsewhere]. */
const UK_NATIONAL: Record<string, [string, string]> = { є: ['ye', 'ie'], ї: ['yi', 'i'], й: ['y', 'i'], ю: ['yu', 'iu'], я: ['ya', 'ia'] };

/** Polish soft consonants before ь: нь → ń, сь → ś … */
const PL_SOFT: Record<string, string> = { н: 'ń', с: 'ś', т: 'ć', д: 'dź', з: 'ź', ц: 'ć', л: 'l', р: 'r' };
/** Latvian palatalised consonants before ь (Ļviva, Čerņihiva). */
const LV_SOFT: Record<string, string> = { л: 'ļ', н: 'ņ', к: 'ķ', г: 'ģ' };

function matchCase(source: string, out: string): string {
  if (!out) return out;
  return source !== source.toLowerCase() ? out[0].toUpperCase() + out.slice(1) : out;
}

/**
 * Cyrillic → Latin-script language, letter by letter with the context rules each language's practice needs
 * (Polish ie/ł/ń, Latvian ļ/ņ, German s/ss, iotated vowels at the start and after vowels).
 */
export function cyrillicToLatin(text: string, source: CyrillicSource, target: LatinTarget): string {
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const original = chars[i];
    const c = original.toLowerCase();
    const prevRaw = chars[i - 1]?.toLowerCase();
    const next = chars[i + 1]?.toLowerCase();
    const prevIsSign = prevRaw === 'ь' || prevRaw === 'ъ' || prevRaw === "'" || prevRaw === '’' || prevRaw === 'ʼ';
    const afterConsonant = isCyrLetter(prevRaw) && !isCyrVowel(prevRaw) && !prevIsSign;
    let piece: string;
    const wordStart = !isCyrLetter(prevRaw) && !prevIsSign;
    if (c === "'" || c === '’' || c === 'ʼ') {
      piece = ''; // Ukrainian/Belarusian apostrophe: only makes the next vowel iotated
    } else if (source === 'bg' && c === 'ъ') {
      // Bulgarian ъ is a vowel: a in the official romanisation and in German, Latvian, Lithuanian (Veliko Tarnovo,
      // Kardschali); y in Polish (Wielkie Tyrnowo, Kyrdżali, Kazanłyk).
      piece = target === 'pl' ? 'y' : 'a';
    } else if (source === 'bg' && c === 'щ') {
      piece = { lv: 'št', lt: 'št', pl: 'szt', de: 'scht', en: 'sht' }[target]; // Bulgarian щ is "sht" (Svishtov)
    } else if (source === 'bg' && c === 'х' && target === 'en') {
      piece = 'h'; // official romanisation: Haskovo, Harmanli
    } else if (target === 'en' && source === 'uk' && c in UK_NATIONAL) {
      // Ukraine's national romanisation (2010), what English-language news write: Avdiivka, Kupiansk, Mykolaiv.
      piece = UK_NATIONAL[c][wordStart ? 0 : 1];
    } else if (c === 'г' && (source === 'uk' || source === 'be')) {
      piece = 'h';
    } else if ((c === 'и' || c === 'і') && prevIsSign && source !== 'uk') {
      // A soft sign or apostrophe before и/і makes it iotated (Марьина Горка, Мар'іна Горка → Marjina Gorka, Maryina).
      piece = target === 'en' ? 'yi' : 'ji';
    } else if (c === 'и') {
      // Russian и is i; Ukrainian и is the hard vowel (y in lt/pl/de/en, i in lv).
      piece = source === 'uk' ? (target === 'lv' ? 'i' : 'y') : target === 'pl' && source !== 'bg' && PL_HARD.has(prevRaw ?? '') ? 'y' : 'i';
    } else if (c === 'е') {
      // Russian/Belarusian е is iotated (je) at the start and after vowels; Ukrainian е never is.
      // Bulgarian е is never iotated in the romanisations English and German use (Blagoevgrad); Polish, Lithuanian and
      // Latvian write je after a vowel (Błagojewgrad, Blagojevgradas).
      const iotated = source === 'bg'
        ? isCyrVowel(prevRaw) && (target === 'pl' || target === 'lt' || target === 'lv')
        : source !== 'uk' && (!isCyrLetter(prevRaw) || isCyrVowel(prevRaw) || prevIsSign);
      if (iotated) piece = target === 'en' ? 'ye' : 'je';
      else if (target === 'pl' && source !== 'uk' && source !== 'bg' && !PL_HARD.has(prevRaw ?? '') && prevRaw !== 'л') piece = 'ie';
      else piece = 'e';
    } else if (c in IOTATED[target]) {
      const [soft, hard] = IOTATED[target][c];
      if (target === 'pl' && prevRaw === 'л') piece = soft.slice(1); // ля → la (the l is already soft)
      else if (target === 'pl' && PL_HARD.has(prevRaw ?? '') && c === 'ё') piece = 'o';
      else piece = afterConsonant ? soft : hard;
    } else if (c === 'л' && target === 'pl') {
      piece = next && 'ьеёиіюяє'.includes(next) && !(source === 'uk' && next === 'и') ? 'l' : 'ł';
    } else if (c === 'с' && target === 'de') {
      piece = isCyrVowel(prevRaw) && isCyrVowel(next) ? 'ss' : 's';
    } else if (c === 'й' && (target === 'de' || target === 'en') && (source === 'ru' || source === 'be') && (prevRaw === 'и' || prevRaw === 'ы') && !isCyrLetter(next) && i > 3) {
      // Russian adjective endings -ий/-ый: German and English news write -i/-y (Nischni Nowgorod, Weliki Nowgorod,
      // Nizhny Novgorod, Wolschski); the BGN form (Nizhniy) stays as the GeoNames English name.
      piece = '';
      if (target === 'en' && prevRaw === 'и') out = out.replace(/i$/u, 'y');
    } else if (c === 'ь') {
      piece = '';
    } else if (c in COMMON) {
      piece = COMMON[c];
    } else if (c in TABLE[target]) {
      piece = TABLE[target][c];
    } else {
      piece = c; // spaces, hyphens, digits
    }
    // A soft sign changes the consonant before it in Polish and Latvian.
    if (next === 'ь') {
      if (target === 'pl' && PL_SOFT[c]) piece = PL_SOFT[c];
      if (target === 'lv' && LV_SOFT[c]) piece = LV_SOFT[c];
    }
    out += matchCase(original, piece);
  }
  // Polish writes Ukrainian -ськ/-цьк without the softness, except after n (Łysyczańsk, Donieck, Kramatorsk).
  if (target === 'pl') out = out.replace(/nśk/gu, 'ńsk').replace(/śk/gu, 'sk').replace(/ćk/gu, 'ck');
  // … and the Ukrainian ending -ець as Polish -iec (Marhaniec, Truskawiec, Krolewiec), not -eć.
  if (target === 'pl' && source === 'uk') out = out.replace(/eć(?=$|[\s-])/gu, 'iec');
  if (target === 'pl' && (source === 'ru' || source === 'be')) {
    out = out
      // Russian/Belarusian -нск is -ńsk in Polish (Smoleńsk, Briańsk, Czelabińsk, Murmańsk, Dzierżyńsk).
      .replace(/nsk(?=$|[\s-])/gu, 'ńsk')
      // Plural town names in -ичи/-ічы are Polish plurals in -icze (Baranowicze, Osipowicze, Iwacewicze).
      .replace(/iczy(?=$|[\s-])/gu, 'icze');
  }
  return out;
}

/**
 * Latvian and Lithuanian decline foreign names, so their dictionary form carries a native ending:
 * lv Minsk → Minska, Mariupol → Mariupole; lt Minsk → Minskas, Šebekino → Šebekinas, Rivne → Rivnė, Sumy → Sumai.
 * Applied to the whole-word last part of a transliterated name.
 */
export function nativeEnding(latin: string, target: 'lv' | 'lt', cyrillic: string, source?: CyrillicSource): string {
  const lastCyr = cyrillic.toLowerCase().replace(/[^\p{L}]+$/u, '');
  // A Bulgarian final -и is no plural: Lithuanian adds -s as to Helsinki, Tbilisi (Kardžalis, Sandanskis); Latvian keeps it.
  if (source === 'bg' && /и$/u.test(lastCyr)) return target === 'lt' ? latin + 's' : latin;
  if (target === 'lv') {
    if (/(ий|ый|ій|ой)$/u.test(lastCyr)) return latin.replace(/(ij|yj|ij|oj|ii|i|j)$/u, '') + 'is';
    if (/поль$/u.test(lastCyr)) return latin.replace(/ļ$/u, 'l') + 'e'; // Mariupole, Sevastopole
    if (/ь$/u.test(lastCyr)) return latin + 'a'; // Rjazaņa, Jaroslavļa
    if (/[бвгґджзклмнпрстфхцчшщ]$/u.test(lastCyr)) return latin + 'a';
    if (/й$/u.test(lastCyr)) return latin + 'a';
    return latin;
  }
  if (/(ий|ый|ій|ой)$/u.test(lastCyr)) return latin.replace(/(ij|yj|oj|ii|j)$/u, '').replace(/[iy]$/u, '') + 'is';
  // Masculine -ль (Mariupolis, Jaroslavlis) vs the feminine soft-sign nouns (Riazanė, Tverė, Kerčė).
  if (/ль$/u.test(lastCyr)) return latin + 'is';
  // Masculine -ець, -ец (Marhanecas, Kremenecas, Jelecas) as any consonant.
  if (/ець$/u.test(lastCyr)) return latin + 'as';
  if (/ь$/u.test(lastCyr)) return latin + 'ė';
  if (/[бвгґджзклмнпрстфхцчшщ]$/u.test(lastCyr)) return latin + 'as';
  if (/й$/u.test(lastCyr)) return latin.replace(/j$/u, '') + 'jus';
  // Plural towns in -ичи/-ічы are Lithuanian plurals in -ičiai (Baranovičiai, Osipovičiai).
  if (/[иі]ч[иіы]$/u.test(lastCyr)) return latin.replace(/[iy]$/u, '') + 'iai';
  if (/о$/u.test(lastCyr)) return latin.replace(/o$/u, '') + 'as';
  if (/е$/u.test(lastCyr)) return latin.replace(/e$/u, '') + 'ė';
  if (/[иы]$/u.test(lastCyr)) return latin.replace(/[iy]$/u, '') + 'ai';
  return latin;
}

/**
 * A Polish town's name as Latvian writes it: Latvian spelling adapts every foreign name (the Latvian State Language
 * Centre's rules for Polish): sz → š, cz → č, rz and ż → ž (š after p, t, k), ch → h, w → v, ł → l, ó → u, ą/ę → on/en, y → i, ń and
 * a softening n before a vowel → ņ, a softening i after a consonant dropped or (after a labial) j, and a consonant
 * at the end takes the feminine -a, -ów the -ova (Malbork → Malborka, Świnoujście → Svinoujsce, Kraków → Krakova,
 * Toruń → Toruņa, Gdynia → Gdiņa). Towns Latvian writes otherwise are curated (balticExonyms.ts).
 */
export function polishToLatvian(name: string): string {
  const word = (w: string): string => {
    let out = w
      .replace(/ów$/u, 'ova')
      .replace(/szcz/gu, 'šč').replace(/sz/gu, 'š').replace(/cz/gu, 'č').replace(/([ptk]|ch)rz/gu, '$1š').replace(/rz/gu, 'ž').replace(/ch/gu, 'h')
      .replace(/dż/gu, 'dž').replace(/dź/gu, 'dz').replace(/ż/gu, 'ž').replace(/ź/gu, 'z').replace(/ś/gu, 's').replace(/ć/gu, 'c')
      .replace(/ni(?=[aeouąę])/gu, 'ņ').replace(/ń/gu, 'ņ')
      .replace(/([bpmwf])i(?=[aeouąę])/gu, '$1j')
      .replace(/([cdgkstz])i(?=[aeouąę])/gu, '$1')
      .replace(/ł/gu, 'l').replace(/ó/gu, 'u').replace(/ą/gu, 'on').replace(/ę/gu, 'en').replace(/w/gu, 'v').replace(/y/gu, 'i');
    if (/[bcčdfghjklļmnņprsštvzž]$/u.test(out)) out += 'a';
    return out;
  };
  return name.split(/([\s-]+)/u).map((part, i) => (i % 2 === 1 ? part : matchCase(part, word(part.toLowerCase())))).join('');
}

/** Russian region name → Bulgarian ("Белгородская область" → "Белгородска област", "Краснодарский край" → "Краснодарски край"). */
export function bulgarianRegionFromRussian(russian: string): string {
  return russianToBulgarianSpelling(
    russian
      .replace(/ая область$/u, 'а област')
      .replace(/ий край$/u, 'и край')
      .replace(/ый край$/u, 'и край')
      .replace(/^Республика /u, 'Република ')
      .replace(/ая Республика/u, 'а република')
      .replace(/ий автономный округ/u, 'и автономен окръг')
      .replace(/ая(?=[\s-])/gu, 'а'), // Северная Осетия → Северна Осетия
  );
}

/** Russian spelling → Bulgarian spelling of a proper name: letters Bulgarian lacks (Орёл → Орьол, Тверь → Твер). */
export function russianToBulgarianSpelling(s: string): string {
  return s
    .replace(/ьё/gu, 'ьо')
    .replace(/([жчшщЖЧШЩ])ё/gu, '$1о') // Щёлкино → Шчолкино, Пугачёв → Пугачов
    .replace(/([бвгдзклмнпрстфхц])ё/gu, '$1ьо')
    .replace(/ё/gu, 'йо')
    .replace(/Ё/gu, 'Йо')
    .replace(/ы/gu, 'и')
    .replace(/Э/gu, 'Е')
    .replace(/э/gu, 'е')
    .replace(/ий(?=$|[\s-])/gu, 'и') // Красный → Красни (after ы → и)
    .replace(/щ/gu, 'шч').replace(/Щ/gu, 'Шч') // Bulgarian щ is "шт": Russian щ is written шч
    .replace(/ье/gu, 'ие').replace(/ья/gu, 'я') // Егорьевск → Егориевск, Ульяновск → Уляновск
    .replace(/ьи/gu, 'и') // Марьина Горка → Марина Горка
    .replace(/ь(?=[аеиуяю])/gu, 'й')
    .replace(/ь(?!о)/gu, ''); // Bulgarian keeps ь only in "ьо"
}

/** Ukrainian spelling → Bulgarian (Кропивницький → Кропивницки, Біла Церква → Била Церква). */
export function ukrainianToBulgarianSpelling(s: string): string {
  return s
    .replace(/['’ʼ]/gu, '')
    // (\b does not see Cyrillic word edges in JavaScript, hence the explicit look-aheads.)
    .replace(/ький(?=$|[\s-])/gu, 'ки')
    .replace(/ий(?=$|[\s-])/gu, 'и')
    .replace(/ьськ/gu, 'ск')
    .replace(/ськ(?=$|[\s-])/gu, 'ск')
    .replace(/цьк(?=$|[\s-])/gu, 'цк')
    .replace(/щ/gu, 'шч')
    .replace(/Є/gu, 'Е').replace(/є/gu, 'е')
    .replace(/Ї/gu, 'Йи').replace(/(^|[\s-])ї/gu, '$1йи').replace(/ї/gu, 'и') // Ізмаїл → Измаил
    .replace(/І/gu, 'И').replace(/і/gu, 'и')
    .replace(/Ґ/gu, 'Г').replace(/ґ/gu, 'г')
    .replace(/ь(?=[аеиуяю])/gu, 'й')
    .replace(/ь(?!о)/gu, '');
}

/**
 * Bulgarian name → its Russian spelling: ъ is ы, щ is шт, and the words of a compound name are hyphenated as Russian
 * writes Bulgarian towns (Велико Търново → Велико-Тырново, Стара Загора → Стара-Загора, Свищов → Свиштов).
 */
export function bulgarianToRussianSpelling(s: string): string {
  return s
    .replace(/ъ/gu, 'ы').replace(/Ъ/gu, 'Ы')
    .replace(/щ/gu, 'шт').replace(/Щ/gu, 'Шт')
    .replace(/ьо/gu, 'ё')
    .replace(/ (?=\p{Lu})/gu, '-');
}

/**
 * Bulgarian name → Ukrainian spelling: ъ is и, щ is шт, е after a vowel є (Кърджали → Кирджали, Търговище →
 * Тирговиште, Благоевград → Благоєвград); и stays и, as in the Ukrainian forms of the largest towns (Пловдив, Сливен).
 */
export function bulgarianToUkrainianSpelling(s: string): string {
  return s
    .replace(/ъ/gu, 'и').replace(/Ъ/gu, 'И')
    .replace(/щ/gu, 'шт').replace(/Щ/gu, 'Шт')
    .replace(/([аеиоуюя])е/gu, '$1є');
}

// (JavaScript's \b does not see Cyrillic word edges: word starts and ends are written as explicit look-arounds.)
const WORD_START = String.raw`(?<=^|[\s-])`;
const WORD_END = String.raw`(?=$|[\s-])`;
const wordRe = (body: string, flags = 'gu') => new RegExp(`${WORD_START}${body}${WORD_END}`, flags);

/** Keep a letter as it is through the later letter rules (a private-use placeholder, restored at the end). */
const KEEP_I = '\uE000';

/**
 * The common adjectives of compound Russian names, which Ukrainian translates rather than transliterates (Нижний
 * Новгород → Нижній Новгород, Великие Луки → Великі Луки, Старый Оскол → Старий Оскол, Белая Калитва → Біла Калитва).
 */
const UK_ADJECTIVES: Record<string, string> = {
  великий: 'великий', великая: 'велика', великие: 'великі', великое: 'велике',
  нижний: 'нижній', нижняя: 'нижня', нижние: 'нижні', нижнее: 'нижнє',
  верхний: 'верхній', верхняя: 'верхня', верхние: 'верхні', верхнее: 'верхнє',
  новый: 'новий', новая: 'нова', новые: 'нові', новое: 'нове',
  старый: 'старий', старая: 'стара', старые: 'старі', старое: 'старе',
  малый: 'малий', малая: 'мала', малые: 'малі', малое: 'мале',
  белый: 'білий', белая: 'біла', белые: 'білі', белое: 'біле',
  красный: 'красний', красная: 'красна', красное: 'красне',
};

/** Word-initial Russian roots whose Ukrainian cognate keeps и (Липецк → Липецьк, Тихвин → Тихвін, Борисовка). */
const UK_SHARED_ROOTS = ['Борис', 'Лип', 'Лис', 'Кисл', 'Тих', 'Мирн'];

/** Russian roots with ё whose Ukrainian cognate has е (Орёл → Орел, Берёзовский → Березовський, Озёрск → Озерськ). */
const UK_COGNATE_YO: [RegExp, string][] = [
  [wordRe('Орёл'), 'Орел'], [/([Бб])ерёз/gu, '$1ерез'], [/([Оо])зёр/gu, '$1зер'], [/([Зз])елён/gu, '$1елен'],
];

export interface UkrainianSpellingOptions {
  /**
   * Towns of the Russian regions of historical Ukrainian settlement on Ukraine's border (Belgorod, Kursk, Voronezh:
   * Slobozhanshchyna), which Ukrainian writes with Ukrainian endings: -ино → -ине, -ово → -ове (Шебекино → Шебекине,
   * Глушково → Глушкове), -овка/-евка → -івка (Борисовка → Борисівка). The transliterated form follows as a second
   * form (Шебекіно), which Ukrainian news also print.
   */
  ukrainianEndings?: boolean;
}

/**
 * Russian spelling → Ukrainian spelling of a Russian place name, by the rules of Ukrainian orthography (2019, §§ on
 * Russian names) and Ukrainian Wikipedia's practice: и is і (и after ж ч ш щ ц, in the prefix При- and in the plural
 * endings -ки/-ги/-хи, -ики, -ичі: Чита, Приморськ, Валуйки, Березники, Барановичі), ы is и, е is є at the start and
 * after a vowel or soft sign (Єйськ, Альметьєвськ), ё is ьо after a consonant, о after ж ч ш щ ц and е in roots
 * Ukrainian shares (Корольов, Щокіно, Орел), -ск/-цк/-сск are -ськ/-цьк/-ськ and -жск -зьк (Курськ, Липецьк,
 * Новочеркаськ, Волзький), also in compounds and adjectives (Приморсько-Ахтарськ, Каменськ-Шахтинський), -ец is -ець
 * (Єлець), a final рь is р (Твер), the apostrophe after a labial before я, ю, є (П'ятигорськ, Прокоп'євськ), the
 * plural -цы is -ці (Люберці), adjective endings are Ukrainian (Мінеральні Води, Узлова) and the common adjectives are
 * translated (Нижній Новгород). Names whose Ukrainian form rests on other history (Бєлгород, Новоросійськ, Липецьк)
 * are curated.
 */
export function russianToUkrainianSpelling(s: string, options: UkrainianSpellingOptions = {}): string {
  return russianToUkrainianForms(s, options)[0];
}

/** All Ukrainian forms of a Russian name: with `ukrainianEndings`, the Ukrainian ending first, then the transliterated. */
export function russianToUkrainianForms(s: string, options: UkrainianSpellingOptions = {}): string[] {
  const transliterated = ukrainianLetters(s, false);
  if (!options.ukrainianEndings) return [transliterated];
  return [...new Set([ukrainianLetters(s, true), transliterated])];
}

function ukrainianLetters(input: string, ukrainianEndings: boolean): string {
  let s = input.replace(/[^\s-]+/gu, (word) => {
    const translated = UK_ADJECTIVES[word.toLowerCase()]?.replace(/и/gu, KEEP_I);
    if (!translated) return word;
    return word[0] !== word[0].toLowerCase() ? translated[0].toUpperCase() + translated.slice(1) : translated;
  });
  for (const [re, to] of UK_COGNATE_YO) s = s.replace(re, to);
  const end = (body: string) => new RegExp(`${body}${WORD_END}`, 'gu');
  if (ukrainianEndings) {
    s = s
      .replace(end('ино'), `${KEEP_I}не`)
      .replace(end('([^аеёиоуыэюя])ово'), '$1ове')
      .replace(end('([бвгдзклмнпрстфхцчшщ])овка'), '$1івка')
      .replace(end('([аеиоуя])евка'), '$1ївка');
  }
  return s
    // Adjective endings, -ск, -цк (Волжский → Волзький, Раменское → Раменське, Курск → Курськ, Липецк → Липецьк).
    .replace(end('жск(?:ий|ой)'), `зьк${KEEP_I}й`)
    .replace(/лжск(?=$|[\s-])/gu, 'лзьк') // Волжск → Волзьк (from Волга)
    .replace(end('([сц])к(?:ий|ой)'), `$1ьк${KEEP_I}й`)
    .replace(end('([сц])кая'), '$1ька')
    .replace(end('([сц])кое'), '$1ьке')
    .replace(end('([сц])кие'), '$1ькі')
    .replace(/с?ск(?=о-|$|[\s-])/gu, 'ськ')
    .replace(/цк(?=о-|$|[\s-])/gu, 'цьк')
    .replace(end('ец'), 'ець')
    .replace(end('ый'), `${KEEP_I}й`)
    .replace(end('([кгх])ий'), `$1${KEEP_I}й`)
    .replace(end('([ое]в|н)ой'), `$1${KEEP_I}й`)
    .replace(end('яя'), 'я')
    .replace(end('([^аеиоуыэюя])ая'), '$1а')
    .replace(end('([^аеиоуыэюя])ое'), '$1е')
    .replace(end('([^аеиоуыэюя])[ыи]е'), '$1і')
    .replace(end('цы'), 'ці')
    // The suffix -иц- keeps и, and a final -ица is -иця (Речица → Речиця, Богородицк → Богородицьк, Луховицы → Луховиці).
    .replace(end('ица'), `${KEEP_I}ця`)
    .replace(/(?<=[бвгджзклмнпрстфхцчшщ])иц(?=[ыікь])/gu, `${KEEP_I}ц`)
    .replace(/рь(?=$|[\s-]|[бвгджзклмнпрстфхцчшщ])/gu, 'р')
    .replace(/([бвмпфжчшщ])ь(?=$|[\s-])/gu, '$1') // Пермь → Перм, Россошь → Россош, Керчь → Керч
    // Нижне-, Верхне- in compounds are Нижньо-, Верхньо- (Нижнекамск → Нижньокамськ).
    .replace(new RegExp(`${WORD_START}([НнВв])(ижн|ерхн)е(?=\\p{L})`, 'gu'), `$1$2ьо`)
    .replace(new RegExp(`${WORD_START}([Нн])ижн`, 'gu'), `$1${KEEP_I}жн`)
    // ё: о after the hushing consonants and ц, ьо after other consonants, йо elsewhere.
    .replace(/([жчшщцЖЧШЩЦ])ё/gu, '$1о')
    .replace(/ьё/gu, 'ьо')
    .replace(/([бвгдзклмнпрстфхБВГДЗКЛМНПРСТФХ])ё/gu, '$1ьо')
    .replace(/ё/gu, 'йо').replace(/Ё/gu, 'Йо')
    // The apostrophe after a labial or р before an iotated vowel (Прокопьевск → Прокоп'євськ, Пятигорск → П'ятигорськ,
    // Марьина Горка → Мар'їна Горка); ь before е, и elsewhere is ьє, ьї (Альметьевск → Альметьєвськ).
    .replace(/([бпвмфрБПВМФР])[ьъ]е/gu, "$1'є")
    .replace(/([бпвмфрБПВМФР])[ьъ]и/gu, "$1'ї")
    .replace(/([бпвмфрБПВМФР])[ьъ]([яю])/gu, "$1'$2")
    .replace(new RegExp(`(?<=^|[\\s-]|[аеиоуыэюяі])([бпвмфБПВМФ])([яю])`, 'gu'), "$1'$2")
    .replace(/ь[её]/gu, 'ьє').replace(/ьи/gu, 'ьї')
    .replace(/ъ/gu, "'")
    // е is є at the start of a word and after a vowel.
    .replace(new RegExp(`${WORD_START}Е`, 'gu'), 'Є')
    .replace(new RegExp(`${WORD_START}е`, 'gu'), 'є')
    .replace(/([аеиоуыэюяё])е/gu, '$1є')
    .replace(/([аеиоуыэюяё])е/gu, '$1є') // twice: overlapping pairs (Киреевск)
    .replace(/э/gu, 'е').replace(/Э/gu, 'Е')
    // и that stays и: in the plurals -ичи (-ичі), -ики and -ки/-ги/-хи, after ж ч ш щ ц, in the prefix При-; a final
    // и after ч, щ is і (Сочі, Барановичі).
    .replace(end('ичи'), `${KEEP_I}чі`)
    .replace(end('ики'), `${KEEP_I}к${KEEP_I}`)
    .replace(end('([кгх])и'), `$1${KEEP_I}`)
    .replace(end('([чщ])и'), '$1і')
    .replace(/([жчшщцЖЧШЩЦ])и/gu, `$1${KEEP_I}`)
    .replace(new RegExp(`${WORD_START}([Пп])ри`, 'gu'), `$1р${KEEP_I}`)
    // Roots Ukrainian shares with Russian keep their и (Липецьк, Кисловодськ, Тихорецьк, Борисівка, Мирний).
    .replace(new RegExp(`${WORD_START}(?:${UK_SHARED_ROOTS.join('|')})`, 'gu'), (m) => m.replace('и', KEEP_I))
    .replace(/и/gu, 'і').replace(/И/gu, 'І')
    .replace(/ы/gu, 'и').replace(/Ы/gu, 'И')
    // і after a vowel is ї (Новотроицк → Новотроїцьк, Строитель → Строїтель).
    .replace(/([аеєоуюяи])і/gu, '$1ї')
    .replace(new RegExp(KEEP_I, 'gu'), 'и');
}

/**
 * Russian spelling → the Belarusian spelling of the same name, by the letter rules that need no stress: и is і (ы after
 * the hard ж ш ч щ ц р), щ is шч, е is э after those hard consonants and ё is о, -ий/-ый are -і/-ы, ъ is the apostrophe.
 *
 * For Slavic names (towns of Russia, Ukraine, Belarus: `slavic`) also: д and т before a soft vowel are дз and ц
 * (дзеканне, цеканне: Дятьково → Дзяцькава, Тюмень → Цюмень), в after a vowel before a consonant or at the end is ў
 * (Львов → Львоў, Ульяновск → Ульяноўск), the adjective endings are Belarusian (-ое → -ае, -ые/-ие → -ыя/-ія), the
 * apostrophe after a labial or р (Мар'іна Горка), and the vowels that are unstressed whatever the stress are а: the
 * linking о of a compound (Приморско-Ахтарск → Прыморска-Ахтарск, Новозыбков → Навазыбкоў, Волгоград → Валгаград is
 * curated), the о of -город, -оград, -поль (Ужгород → Ужгарад, Павлоград → Паўлаград, Мелитополь → Мелітопаль) and the
 * final о of -ово/-ево/-ино (Ярцево → Ярцава). Other unstressed о → а (аканне) needs the stress, which no package
 * holds: those names keep the Russian vowel, the Russian form and the forms of `akanneVariants` are kept beside them
 * (cities.ts), and the towns news name most are curated. Foreign names (Bulgarian, Romanian, Kazakh) get the letter rules only (Пловдіў).
 */
export function russianToBelarusianSpelling(s: string, options: { slavic?: boolean } = {}): string {
  const end = (body: string) => new RegExp(`${body}${WORD_END}`, 'gu');
  let out = s.replace(end('ий'), 'і').replace(end('ый'), 'ы');
  if (options.slavic ?? true) {
    out = out
      .replace(end('ое'), 'ае')
      .replace(end('([^аеиоуыэюя])ие'), '$1ія')
      .replace(end('ые'), 'ыя')
      // The linking vowel of compounds (Ново-, Старо-, Красно-, Бело-, -ско-) is never stressed.
      .replace(new RegExp(`${WORD_START}([Нн])ово(?=\\p{L})`, 'gu'), '$1ава')
      .replace(new RegExp(`${WORD_START}([СсКкБб])(тар|расн|ел)о(?=\\p{L})`, 'gu'), '$1$2а')
      .replace(/о-(?=\p{Lu})/gu, 'а-')
      // Москв-/Моск- is Масква, Маск- (Новомосковск → Навамаскоўск); a word-initial в before a consonant is у
      // (Владимир → Уладзімір, Всеволожск → Усеваложск).
      .replace(/([Мм])оск/gu, '$1аск')
      .replace(new RegExp(`${WORD_START}В(?=[бвгджзклмнпрстфхцчшщ])`, 'gu'), 'У')
      .replace(end('(\\p{L})город'), '$1гарад')
      .replace(end('оград'), 'аград')
      .replace(end('поль'), 'паль')
      // Final -ово/-ево/-ино/-ыно: the final о is unstressed, and so (in most such names) is the о or hard-consonant е
      // before it (Ярцево → Ярцава, Иваново → Іванава, Шебекино → Шэбекіна).
      .replace(end('([жшчцр])ево'), '$1ава')
      .replace(end('ово'), 'ава')
      .replace(end('ево'), 'ева')
      .replace(end('([иы])но'), '$1на')
      .replace(/рь(?=$|[\s-]|[бвгджзклмнпрстфхцчшщ])/gu, 'р')
      .replace(/([бвмпф])ь(?=$|[\s-])/gu, '$1') // Пермь → Перм
      // The apostrophe after a labial or р before an iotated vowel (Прокопьевск → Пракоп'еўск, Марьина → Мар'іна).
      .replace(/([бпвмфрБПВМФР])[ьъ]([еёюяи])/gu, "$1'$2")
      .replace(/([жшчщцрЖШЧЩЦР])ё/gu, '$1о');
  }
  out = out
    .replace(/([жшчщцрЖШЧЩЦР])и/gu, '$1ы').replace(/и/gu, 'і').replace(/И/gu, 'І')
    .replace(/([жшчцрЖШЧЦР])е/gu, '$1э')
    .replace(/щ/gu, 'шч').replace(/Щ/gu, 'Шч')
    .replace(/ъ/gu, "'");
  if (options.slavic ?? true) {
    out = out
      // дзеканне and цеканне: д, т before е, ё, і, ю, я, ь.
      .replace(/д(?=[еёіюяь])/gu, 'дз').replace(/Д(?=[еёіюяь])/gu, 'Дз')
      .replace(/т(?=[еёіюяь])/gu, 'ц').replace(/Т(?=[еёіюяь])/gu, 'Ц')
      .replace(/([аеёіоуыэюяАЕЁІОУЫЭЮЯ])в(?=$|[\s-]|[бвгджзклмнпрстфхцчшщ])/gu, '$1ў');
  } else {
    out = out.replace(/([аеёіоуыэюя])в(?=$|[\s-])/gu, '$1ў');
  }
  return out;
}

/**
 * The forms аканне may give a Belarusian name whose stress no package holds: every о but one is а (the stressed
 * one), and, for a name whose о are all unstressed, every о is а. Конотоп → Канатоп, Канотап, Конатап, Канатап;
 * Коростэнь → Карастэнь, Коростэнь… Only one is right; the others are words nobody writes, so they cost nothing.
 * Names with more than three о are left alone (the variants would multiply).
 */
export function akanneVariants(name: string): string[] {
  const positions = [...name].flatMap((ch, i) => (ch === 'о' || ch === 'О' ? [i] : []));
  if (positions.length === 0 || positions.length > 3) return [];
  const letters = [...name];
  const toA = (keep: number) => letters.map((ch, i) => (positions.includes(i) && i !== keep ? (ch === 'О' ? 'А' : 'а') : ch)).join('');
  return [...new Set([...positions.map((keep) => toA(keep)), toA(-1)])].filter((v) => v !== name);
}

// ── Romanised GeoNames names back to Cyrillic ───────────────────────────────────────────────────────────────

/** BGN/PCGN-style romanisations per source language, longest token first. */
const ROMAN_TOKENS: Record<CyrillicSource, [string, string][]> = {
  // Bulgarian official (streamlined) romanisation; its "a" for ъ cannot be read back, hence curated local names.
  bg: [
    ['sht', 'щ'], ['zh', 'ж'], ['ts', 'ц'], ['ch', 'ч'], ['sh', 'ш'], ['yu', 'ю'], ['ya', 'я'], ['ŭ', 'ъ'], ['a', 'а'], ['b', 'б'],
    ['v', 'в'], ['g', 'г'], ['d', 'д'], ['e', 'е'], ['z', 'з'], ['i', 'и'], ['y', 'й'], ['k', 'к'], ['l', 'л'], ['m', 'м'], ['n', 'н'],
    ['o', 'о'], ['p', 'п'], ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'у'], ['f', 'ф'], ['h', 'х'],
  ],
  ru: [
    ['shch', 'щ'], ['etsk', 'ецк'], ['itsk', 'ицк'], ['tsk', 'тск'], ['yye', 'ые'], ['iye', 'ие'], ['iya', 'ия'], ['iyu', 'ию'], ['yy', 'ый'], ['iy', 'ий'], ['zh', 'ж'], ['kh', 'х'], ['ts', 'ц'], ['ch', 'ч'], ['sh', 'ш'],
    ['ya', 'я'], ['yu', 'ю'], ['ye', 'е'], ['yo', 'ё'], ['yë', 'ё'], ['ë', 'ё'], ['’', 'ь'], ["'", 'ь'], ['”', 'ъ'],
    ['a', 'а'], ['b', 'б'], ['v', 'в'], ['g', 'г'], ['d', 'д'], ['e', 'е'], ['z', 'з'], ['i', 'и'], ['k', 'к'], ['l', 'л'], ['m', 'м'],
    ['n', 'н'], ['o', 'о'], ['p', 'п'], ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'у'], ['f', 'ф'], ['y', 'ы'], ['h', 'х'], ['c', 'ц'], ['w', 'в'],
  ],
  uk: [
    ['shch', 'щ'], ['tsk', 'цьк'], ['skyi', 'ський'], ['skyy', 'ський'], ['yi', 'ий'], ['yy', 'ий'], ['zh', 'ж'], ['kh', 'х'], ['ts', 'ц'],
    ['ch', 'ч'], ['sh', 'ш'], ['yia', 'ия'], ['ya', 'я'], ['yu', 'ю'], ['ye', 'є'], ['yï', 'ї'], ['ï', 'ї'], ['ia', 'я'], ['iu', 'ю'], ['ie', 'є'],
    ['’', 'ь'], ["'", 'ь'], ['a', 'а'], ['b', 'б'], ['v', 'в'], ['h', 'г'], ['g', 'ґ'], ['d', 'д'], ['e', 'е'], ['z', 'з'], ['y', 'и'],
    ['i', 'і'], ['k', 'к'], ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'], ['p', 'п'], ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'у'],
    ['f', 'ф'], ['c', 'ц'], ['w', 'в'], ['j', 'й'],
  ],
  be: [
    ['’’', "'"], ['shch', 'шч'], ['dzh', 'дж'], ['tsk', 'цк'], ['yy', 'ы'], ['zh', 'ж'], ['kh', 'х'], ['ts', 'ц'], ['ch', 'ч'], ['sh', 'ш'], ['ya', 'я'],
    ['yu', 'ю'], ['ye', 'е'], ['yo', 'ё'], ['ŭ', 'ў'], ['’', 'ь'], ["'", 'ь'], ['a', 'а'], ['b', 'б'], ['v', 'в'], ['h', 'г'], ['g', 'г'],
    ['d', 'д'], ['e', 'е'], ['z', 'з'], ['i', 'і'], ['k', 'к'], ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'], ['p', 'п'], ['r', 'р'],
    ['s', 'с'], ['t', 'т'], ['u', 'у'], ['f', 'ф'], ['y', 'ы'], ['w', 'ў'], ['c', 'ц'],
  ],
};

const ROMAN_VOWELS = /[aeiouyë]/u;

/**
 * A GeoNames romanised name back to the local Cyrillic spelling (Shebekino → Шебекино, Ryazan’ → Рязань,
 * Babruysk → Бабруйск). Exact for regular BGN romanisation; soft signs that the romanisation dropped stay lost,
 * which is why the towns that matter most carry a curated `local` name instead.
 */
export function fromRomanised(name: string, source: CyrillicSource): string {
  const tokens = ROMAN_TOKENS[source];
  let out = '';
  let i = 0;
  const lower = name.toLowerCase();
  while (i < name.length) {
    const prev = lower[i - 1];
    const atWordStart = i === 0 || /[\s-]/u.test(prev);
    const afterVowel = prev !== undefined && ROMAN_VOWELS.test(prev);
    let matched = false;
    for (const [roman, cyr] of tokens) {
      if (!lower.startsWith(roman, i)) continue;
      let piece = cyr;
      // "y" after a vowel is й (Babruysk, Mayskiy); "e" at the start of a word is э in Russian (BGN writes е as "ye" there).
      if (roman === 'y' && afterVowel && source !== 'bg') piece = 'й';
      if (roman === 'e' && atWordStart && source === 'ru') piece = 'э';
      // Ukrainian "yi" after a vowel is ї (Mykolayiv → Миколаїв); elsewhere it is the -ий ending.
      if (roman === 'yi' && source === 'uk' && afterVowel) piece = 'ї';
      const original = name.slice(i, i + roman.length);
      out += original[0] !== original[0].toLowerCase() ? piece[0].toUpperCase() + piece.slice(1) : piece;
      i += roman.length;
      matched = true;
      break;
    }
    if (!matched) {
      out += name[i];
      i += 1;
    }
  }
  if (source === 'ru') {
    out = out
      .replace(/лск(?=$|[\s-])/gu, 'льск') // Podolsk → Подольск: BGN names often drop the soft sign here
      .replace(/([кгх])ы(?=$|[\s-])/gu, '$1ий'); // Dzerzhinsky → Дзержинский (ы never follows к, г, х)
  }
  if (source === 'uk') {
    out = out
      .replace(/([аеоуиіяюєї])і/gu, '$1ї') // Izmail → Ізмаїл: і after a vowel is ї
      .replace(/аї(?=$|[\s-])/gu, 'ай') // … except a final diphthong (Bakhchysarai → Бахчисарай)
      .replace(/ец(?=$|[\s-])/gu, 'ець') // Kremenets → Кременець
      .replace(/лськ/gu, 'льськ') // Podilskyi → Подільський
      .replace(/([еі])лн/gu, '$1льн') // Khmelnytskyi → Хмельницький
      .replace(/(п[оі])л(?=$|[\s-])/gu, '$1ль') // Ternopil → Тернопіль, Melitopol → Мелітополь
      .replace(/ґ/gu, 'г').replace(/Ґ/gu, 'Г')
      .replace(/ск(?=$|[\s-])/gu, 'ськ') // Kramatorsk → Краматорськ
      .replace(/ске(?=$|[\s-])/gu, 'ське') // Kamianske → Кам'янське
      .replace(/([бпвмф])([яюї])/gu, "$1'$2"); // apostrophe after labials before iotated vowels
  }
  return out;
}

// ── Latin-script local names into Cyrillic ─────────────────────────────────────────────────────────────────

export type LatinSource = 'pl' | 'lt' | 'lv' | 'et' | 'ro';
export type CyrillicTarget = 'ru' | 'uk' | 'be' | 'bg';

const LATIN_TOKENS: Record<LatinSource, [string, string][]> = {
  pl: [
    ['szcz', 'щ'], ['prz', 'пш'], ['trz', 'тш'], ['krz', 'кш'], ['chrz', 'хш'], ['rz', 'ж'], ['sz', 'ш'], ['cz', 'ч'], ['ch', 'х'], ['dż', 'дж'], ['dź', 'дзь'], ['dz', 'дз'], ['ia', 'я'], ['ie', 'е'],
    ['io', 'ё'], ['iu', 'ю'], ['ja', 'я'], ['je', 'е'], ['jo', 'йо'], ['ju', 'ю'], ['ą', 'он'], ['ę', 'ен'], ['ó', 'у'], ['ł', 'л'],
    ['l', 'ль'], ['ń', 'нь'], ['ś', 'сь'], ['ć', 'ць'], ['ź', 'зь'], ['ż', 'ж'], ['w', 'в'], ['h', 'х'], ['c', 'ц'], ['y', 'ы'], ['j', 'й'],
    ['a', 'а'], ['b', 'б'], ['d', 'д'], ['e', 'е'], ['f', 'ф'], ['g', 'г'], ['i', 'и'], ['k', 'к'], ['m', 'м'], ['n', 'н'], ['o', 'о'],
    ['p', 'п'], ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'у'], ['z', 'з'],
  ],
  lt: [
    ['jū', 'ю'], ['ia', 'я'], ['iu', 'ю'], ['io', 'ё'], ['ja', 'я'], ['ju', 'ю'], ['jo', 'йо'], ['ie', 'е'], ['ch', 'х'], ['š', 'ш'], ['ž', 'ж'], ['č', 'ч'],
    ['ė', 'е'], ['ū', 'у'], ['ų', 'у'], ['į', 'и'], ['ą', 'а'], ['ę', 'е'], ['y', 'и'], ['c', 'ц'], ['j', 'й'], ['h', 'х'], ['a', 'а'],
    ['b', 'б'], ['d', 'д'], ['e', 'е'], ['f', 'ф'], ['g', 'г'], ['i', 'и'], ['k', 'к'], ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'],
    ['p', 'п'], ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'у'], ['v', 'в'], ['z', 'з'],
  ],
  lv: [
    ['jā', 'я'], ['jū', 'ю'], ['jē', 'е'], ['ja', 'я'], ['ju', 'ю'], ['je', 'е'], ['jo', 'йо'], ['ie', 'ие'], ['š', 'ш'], ['ž', 'ж'], ['č', 'ч'], ['ļ', 'ль'], ['ņ', 'нь'],
    ['ķ', 'кь'], ['ģ', 'гь'], ['ā', 'а'], ['ē', 'е'], ['ī', 'и'], ['ū', 'у'], ['c', 'ц'], ['j', 'й'], ['h', 'х'], ['a', 'а'], ['b', 'б'],
    ['d', 'д'], ['e', 'е'], ['f', 'ф'], ['g', 'г'], ['i', 'и'], ['k', 'к'], ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'], ['p', 'п'],
    ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'у'], ['v', 'в'], ['z', 'з'],
  ],
  et: [
    ['ja', 'я'], ['ju', 'ю'], ['jä', 'я'], ['jõ', 'йы'], ['ä', 'я'], ['õ', 'ы'], ['ö', 'ё'], ['ü', 'ю'], ['š', 'ш'], ['ž', 'ж'], ['c', 'ц'],
    ['j', 'й'], ['h', 'х'], ['a', 'а'], ['b', 'б'], ['d', 'д'], ['e', 'е'], ['f', 'ф'], ['g', 'г'], ['i', 'и'], ['k', 'к'], ['l', 'л'],
    ['m', 'м'], ['n', 'н'], ['o', 'о'], ['p', 'п'], ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'у'], ['v', 'в'], ['z', 'з'],
  ],
  ro: [
    ['chi', 'ки'], ['che', 'ке'], ['ghi', 'ги'], ['ghe', 'ге'], ['cea', 'ча'], ['gea', 'джа'], ['ci', 'чи'], ['ce', 'че'], ['gi', 'джи'], ['ge', 'дже'], ['ea', 'я'], ['ș', 'ш'], ['ş', 'ш'], ['ț', 'ц'], ['ţ', 'ц'],
    ['ă', 'э'], ['â', 'ы'], ['î', 'ы'], ['ia', 'я'], ['iu', 'ю'], ['j', 'ж'], ['h', 'х'], ['c', 'к'], ['a', 'а'], ['b', 'б'], ['d', 'д'],
    ['e', 'е'], ['f', 'ф'], ['g', 'г'], ['i', 'и'], ['k', 'к'], ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'], ['p', 'п'], ['r', 'р'],
    ['s', 'с'], ['t', 'т'], ['u', 'у'], ['v', 'в'], ['z', 'з'], ['x', 'кс'],
  ],
};

/**
 * A Latin-script local name into Cyrillic as Russian writes foreign names (Daugavpils → Даугавпилс,
 * Šiauliai → Шяуляй-like, Rzeszów → Жешув), then adjusted to the target's spelling.
 */
export function latinToCyrillic(name: string, source: LatinSource, target: CyrillicTarget): string {
  const tokens = LATIN_TOKENS[source];
  const lower = name.toLowerCase();
  let out = '';
  let i = 0;
  while (i < name.length) {
    let matched = false;
    for (const [latin, cyr] of tokens) {
      if (!lower.startsWith(latin, i)) continue;
      let piece = cyr;
      // Polish l is soft; before a vowel the softness goes into the vowel (la → ля, le → ле, lo → лё … as Russian writes it).
      if (source === 'pl' && latin === 'l') {
        const v = lower[i + 1];
        piece = v === 'a' ? 'ля' : v === 'o' ? 'лё' : v === 'u' ? 'лю' : v === 'e' ? 'ле' : v === 'i' ? 'ли' : v === 'y' ? 'лы' : 'ль';
        if ('aoue'.includes(v ?? '-') || v === 'i' || v === 'y') {
          const original = name.slice(i, i + 2);
          out += original[0] !== original[0].toLowerCase() ? piece[0].toUpperCase() + piece.slice(1) : piece;
          i += 2;
          matched = true;
          break;
        }
      }
      const original = name.slice(i, i + latin.length);
      out += original[0] !== original[0].toLowerCase() ? piece[0].toUpperCase() + piece.slice(1) : piece;
      i += latin.length;
      matched = true;
      break;
    }
    if (!matched) {
      out += name[i];
      i += 1;
    }
  }
  // Russian ё is written е in names; a soft sign before a vowel is dropped; a final vowel + и is a diphthong (Шяуляй).
  out = out
    .replace(/([аеоуяюэы])и(?=$|[\s-])/gu, '$1й')
    .replace(/ь(?=[лнс]ь)/gu, '').replace(/ё/gu, 'е').replace(/Ё/gu, 'Е').replace(/ь(?=[аеиоуыэюя])/gu, '');
  if (source === 'lt') {
    out = out
      // Lithuanian ai, ei, ui before a consonant are diphthongs (Kėdainiai → Кедайняй, Mažeikiai → Мажейкяй), and l
      // before a consonant is soft (Telšiai → Тельшяй, Šalčininkai → Шальчининкай), as Russian writes them.
      .replace(/([аеуАЕУ])и(?=[бвгджзклмнпрстфхцчшщ])/gu, '$1й')
      .replace(/л(?=[бвгджзкмнпрстфхцчшщ])/gu, 'ль');
  }
  if (target === 'bg') return russianToBulgarianSpelling(out);
  if (target === 'uk') return out.replace(/и/gu, 'і').replace(/И/gu, 'І').replace(/ы/gu, 'и').replace(/э/gu, 'е');
  if (target === 'be') {
    out = out.replace(/и/gu, 'і').replace(/И/gu, 'І').replace(/щ/gu, 'шч').replace(/([жшчцрЖШЧЦР])е/gu, '$1э');
    // Belarusian writes the Polish -ów as -аў (Кракаў, Тарнаў, Хожаў, Гайнаўка) and в after a vowel before a
    // consonant as ў.
    if (source === 'pl') out = out.replace(/ув(?=$|[\s-]|[бвгджзклмнпрстфхцчшщ])/gu, 'аў');
    return out.replace(/([аеёіоуыэюя])в(?=$|[\s-]|[бвгджзклмнпрстфхцчшщ])/gu, '$1ў');
  }
  return out;
}
