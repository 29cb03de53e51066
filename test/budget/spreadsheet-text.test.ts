import { describe, expect, it } from 'vitest';
import {
  escapeXstring,
  neutraliseFormula,
  restoreFormula,
  unescapeXstring,
} from '../../server/budget/spreadsheet-text';

describe('text in spreadsheet cells', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+49 30', "'+49 30"],
    ['-5 %', "'-5 %"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ["'=1", "''=1"],
    ["''+1", "'''+1"],
  ])('neutralises %j as %j', (text, written) => {
    expect(neutraliseFormula(text)).toBe(written);
    expect(restoreFormula(written)).toBe(text);
  });

  it.each(['Kämmerei', "'Zitat'", "O'Brien", '1-2', 'a=b', '', "'"])(
    'leaves %j alone, and reading it back too',
    (text) => {
      expect(neutraliseFormula(text)).toBe(text);
      expect(restoreFormula(text)).toBe(text);
    },
  );

  it.each([
    ['a\u0001b', 'a_x0001_b'],
    ['Zeile\rEnde', 'Zeile_x000D_Ende'],
    ['_x0041_', '_x005F_x0041_'],
    ['Tab\tund\nZeile', 'Tab\tund\nZeile'],
  ])('writes %j into XLSX as %j and reads it back', (text, written) => {
    expect(escapeXstring(text)).toBe(written);
    expect(unescapeXstring(written)).toBe(text);
  });
});
