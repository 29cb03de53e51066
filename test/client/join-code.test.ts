import { describe, expect, it } from 'vitest';
import { joinLink, spacedJoinCode } from '../../client/auth/join-code';
import { JOIN_CODE_ALPHABET, normalizeJoinCode } from '../../schema/join-code';

describe('join codes as people type them', () => {
  it.each([
    ['AB3K7X', 'AB3K7X'],
    ['ab3k7x', 'AB3K7X'],
    ['ab3 k7x', 'AB3K7X'],
    ['  Ab3-K7x ', 'AB3K7X'],
    ['AB3\tK7X', 'AB3K7X'],
  ])('reads %j as %j', (typed, code) => {
    expect(normalizeJoinCode(typed)).toBe(code);
  });

  it.each([
    ['too short', 'AB3K7'],
    ['too long', 'AB3K7XY'],
    ['a zero', 'AB0K7X'],
    ['the letter O', 'ABOK7X'],
    ['a one', 'AB1K7X'],
    ['an I', 'ABIK7X'],
    ['an L (also lower case)', 'abl k7x'],
    ['punctuation', 'AB3K7!'],
    ['nothing', ''],
  ])('refuses a code with %s', (_case, typed) => {
    expect(normalizeJoinCode(typed)).toBeNull();
  });

  it('uses only characters that cannot be confused', () => {
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01OIL]/);
  });

  it('shows a code in two groups and links to its join page', () => {
    expect(spacedJoinCode('AB3K7X')).toBe('AB3 K7X');
    expect(normalizeJoinCode(spacedJoinCode('AB3K7X'))).toBe('AB3K7X');
    expect(joinLink('https://planwerk.example', 'AB3K7X')).toBe('https://planwerk.example/join/AB3K7X');
  });
});
