/**
 * The PDF's standard fonts (Helvetica) speak WinAnsi (Windows-1252): Latin-1 plus these
 * typographic characters. German needs nothing else (ä ö ü ß § ² – „ “ €); anything else is
 * brought into it so no text ever comes out as garbage.
 */
const WIN_ANSI_EXTRAS = new Set([
  0x152, 0x153, 0x160, 0x161, 0x178, 0x17d, 0x17e, 0x192, 0x2c6, 0x2dc, 0x2013, 0x2014, 0x2018, 0x2019, 0x201a, 0x201c,
  0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122,
]);

const SUBSTITUTES: [RegExp, string][] = [
  [/[\u2010-\u2012\u2212]/, '-'],
  [/\u2015/, '\u2014'],
  [/[\u2000-\u200a\u202f\u205f\u3000]/, ' '],
  [/[\u200b-\u200d\u2060\ufeff]/, ''],
  [/[\u2032\u2035]/, "'"],
  [/[\u2033\u2036]/, '"'],
];

function representable(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return char === '\n' || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRAS.has(code);
}

function substitute(char: string): string {
  if (representable(char)) return char;
  if (char === '\t') return ' ';
  for (const [pattern, replacement] of SUBSTITUTES) if (pattern.test(char)) return replacement;
  // "ł" has no decomposition, but "ő", "ș", "ǎ" lose only their accent.
  const base = char.normalize('NFKD').replace(/\p{M}/gu, '');
  return base !== '' && [...base].every(representable) ? base : '?';
}

export function toWinAnsi(text: string): string {
  return Array.from(text, substitute).join('');
}
