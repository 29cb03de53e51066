import { describe, expect, it } from 'vitest';
import { toWinAnsi } from '../../server/protocols/win-ansi';

describe("toWinAnsi (text for the PDF's Helvetica)", () => {
  it('keeps German text, §, ², en dash, quotes and € as written', () => {
    const text = 'Konkretion – Realisierung: „Trägerbudget“ für SZ² nach § 78, 22,9 Mio. € – Größe';
    expect(toWinAnsi(text)).toBe(text);
  });

  it('turns the PDF hyphen U+2010 and the minus sign into "-"', () => {
    expect(toWinAnsi('BVV\u2010Beschluss 5 \u2212 3')).toBe('BVV-Beschluss 5 - 3');
  });

  it('drops accents it cannot show and marks what has no form in WinAnsi', () => {
    expect(toWinAnsi('Kraków, Łódź, Ţara')).toBe('Kraków, ?ódz, Tara');
    expect(toWinAnsi('Plan ✓ 😀')).toBe('Plan ? ?');
  });

  it('keeps line breaks and turns tabs and odd spaces into spaces', () => {
    expect(toWinAnsi('a\tb\u2009c\nd\u200be')).toBe('a b c\nde');
  });
});
