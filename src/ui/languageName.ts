const names = new Intl.DisplayNames(['en'], { type: 'language' });

/** "Bulgarian" for `bg`; the code itself if the browser does not know it. */
export function languageName(code: string): string {
  try { return names.of(code) ?? code; } catch { return code; }
}
