// Transliteration rules that generate place names in one language from their form in another.
// One table per (source script, target language); exceptions are curated, not coded here.

/** Russian region name → Bulgarian ("Белгородская область" → "Белгородска област", "Краснодарский край" → "Краснодарски край"). */
export function bulgarianRegionFromRussian(russian: string): string {
  return russianToBulgarianSpelling(
    russian
      .replace(/ая область$/u, 'а област')
      .replace(/ий край$/u, 'и край')
      .replace(/ый край$/u, 'и край')
      .replace(/^Республика /u, 'Република ')
      .replace(/ая Республика/u, 'а република')
      .replace(/ий автономный округ/u, 'и автономен окръг'),
  );
}

/** Russian spelling → Bulgarian spelling of a proper name: letters Bulgarian lacks. */
export function russianToBulgarianSpelling(s: string): string {
  return s
    .replace(/ьё/gu, 'ьо')
    .replace(/([бвгдзклмнпрстфхцчшщ])ё/gu, '$1ьо')
    .replace(/ё/gu, 'йо')
    .replace(/Ё/gu, 'Йо')
    .replace(/ы/gu, 'и')
    .replace(/Э/gu, 'Е')
    .replace(/э/gu, 'е')
    .replace(/ь(?=[аеиуяю])/gu, 'й')
    .replace(/ь(?!о)/gu, ''); // Bulgarian keeps ь only in "ьо"
}
