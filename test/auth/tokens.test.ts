import { describe, expect, it } from 'vitest';
import { JOIN_CODE_ALPHABET, normalizeJoinCode } from '../../schema/join-code';
import { hashToken, isWellFormedToken, newJoinCode, newToken } from '../../server/auth/tokens';

describe('tokens and join codes', () => {
  it('makes tokens of 256 random bits that pass their own shape check, and hashes them to hex', () => {
    const tokens = new Set(Array.from({ length: 100 }, newToken));
    expect(tokens.size).toBe(100);
    for (const token of tokens) expect(isWellFormedToken(token)).toBe(true);
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it.each(['', 'short', 'A'.repeat(42), 'A'.repeat(44), `${'A'.repeat(42)}=`, `${'A'.repeat(42)} `])(
    'refuses %j as a token',
    (token) => {
      expect(isWellFormedToken(token)).toBe(false);
    },
  );

  it('makes join codes of six characters without 0/O, 1/I/L', () => {
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01OIL]/);
    for (let index = 0; index < 200; index += 1)
      expect(newJoinCode()).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
  });

  it.each([
    ['AB3K7X', 'AB3K7X'],
    ['ab3k7x', 'AB3K7X'],
    [' ab3-k7x ', 'AB3K7X'],
    ['AB3 K7X', 'AB3K7X'],
    ['AB3K7', null],
    ['AB3K7XY', null],
    ['AB0K7X', null],
    ['AB3K7!', null],
  ])('reads %j as %j', (typed, code) => {
    expect(normalizeJoinCode(typed)).toBe(code);
  });
});
