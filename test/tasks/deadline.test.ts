import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { easterSunday, lastDayOfMonth, resolveDueLabel } from '../../schema/deadline';

describe('resolveDueLabel', () => {
  describe('a month resolves to its last day', () => {
    it.each([
      ['November 2012', '2012-11-30'],
      ['Dezember 2012', '2012-12-31'],
      ['Januar 2013', '2013-01-31'],
      ['Februar 2013', '2013-02-28'],
      ['Februar 2024', '2024-02-29'],
      ['Februar 2000', '2000-02-29'],
      ['Februar 2100', '2100-02-28'],
      ['April 2013', '2013-04-30'],
      ['März 2013', '2013-03-31'],
      ['Maerz 2013', '2013-03-31'],
      ['Marz 2013', '2013-03-31'],
      ['MÄRZ 2013', '2013-03-31'],
      ['Mär 2013', '2013-03-31'],
      ['Jan. 2013', '2013-01-31'],
      ['Feb 2013', '2013-02-28'],
      ['Sept. 2013', '2013-09-30'],
      ['Sep 2013', '2013-09-30'],
      ['Okt 2013', '2013-10-31'],
      ['dez. 2013', '2013-12-31'],
      ['11/2012', '2012-11-30'],
      ['11.2012', '2012-11-30'],
      ['2/2024', '2024-02-29'],
    ])('%s → %s', (label, expected) => {
      expect(resolveDueLabel(label)).toBe(expected);
    });
  });

  describe('Anfang, Mitte and Ende name the end of the first, second or last third', () => {
    it.each([
      ['Anfang März 2013', '2013-03-10'],
      ['Mitte März 2013', '2013-03-20'],
      ['Ende März 2013', '2013-03-31'],
      ['Ende Februar 2024', '2024-02-29'],
      ['Mitte 11/2012', '2012-11-20'],
      ['Anfang 2013', '2013-04-30'],
      ['Mitte 2013', '2013-08-31'],
      ['Ende 2013', '2013-12-31'],
      ['Anfang Frühjahr 2013', '2013-03-31'],
      ['Mitte Frühjahr 2013', '2013-04-30'],
      ['Ende Frühjahr 2013', '2013-05-31'],
      ['Mitte Sommer 2013', '2013-07-31'],
      ['Anfang Winter 2013', '2013-12-31'],
      ['Mitte Winter 2013', '2014-01-31'],
      ['Anfang Q1 2014', '2014-01-31'],
      ['Ende 3. Quartal 2014', '2014-09-30'],
      ['Anfang 2. Halbjahr 2014', '2014-08-31'],
      ['Mitte 1. Halbjahr 2014', '2014-04-30'],
    ])('%s → %s', (label, expected) => {
      expect(resolveDueLabel(label)).toBe(expected);
    });
  });

  describe('a meteorological season resolves to its last day', () => {
    it.each([
      ['Frühjahr 2013', '2013-05-31'],
      ['Frühling 2013', '2013-05-31'],
      ['Fruehjahr 2013', '2013-05-31'],
      ['Sommer 2013', '2013-08-31'],
      ['Herbst 2013', '2013-11-30'],
      ['Winter 2013', '2014-02-28'],
      ['Winter 2023', '2024-02-29'],
    ])('%s → %s', (label, expected) => {
      expect(resolveDueLabel(label)).toBe(expected);
    });
  });

  describe('a quarter resolves to its last day', () => {
    it.each([
      ['1. Quartal 2014', '2014-03-31'],
      ['2. Quartal 2014', '2014-06-30'],
      ['3. Quartal 2014', '2014-09-30'],
      ['4. Quartal 2014', '2014-12-31'],
      ['Q1 2014', '2014-03-31'],
      ['Q3/2014', '2014-09-30'],
      ['q4 2014', '2014-12-31'],
      ['I. Quartal 2014', '2014-03-31'],
      ['III. Quartal 2014', '2014-09-30'],
      ['erstes Quartal 2014', '2014-03-31'],
    ])('%s → %s', (label, expected) => {
      expect(resolveDueLabel(label)).toBe(expected);
    });
  });

  describe('a half year resolves to its last day', () => {
    it.each([
      ['1. Halbjahr 2014', '2014-06-30'],
      ['2. Halbjahr 2014', '2014-12-31'],
      ['H1 2014', '2014-06-30'],
      ['H2/2014', '2014-12-31'],
      ['erstes Halbjahr 2014', '2014-06-30'],
      ['zweites Halbjahr 2014', '2014-12-31'],
    ])('%s → %s', (label, expected) => {
      expect(resolveDueLabel(label)).toBe(expected);
    });
  });

  describe('a year resolves to New Year’s Eve', () => {
    it.each([
      ['2013', '2013-12-31'],
      ['Ende 2013', '2013-12-31'],
      ['Jahresende 2013', '2013-12-31'],
    ])('%s → %s', (label, expected) => {
      expect(resolveDueLabel(label)).toBe(expected);
    });
  });

  describe('a feast resolves to its day', () => {
    it.each([
      ['Ostern 2013', '2013-03-31'],
      ['vor Ostern 2013', '2013-03-31'],
      ['bis Ostern 2013', '2013-03-31'],
      ['Karfreitag 2013', '2013-03-29'],
      ['Karfreitag 2018', '2018-03-30'],
      ['Ostermontag 2013', '2013-04-01'],
      ['Christi Himmelfahrt 2013', '2013-05-09'],
      ['Himmelfahrt 2013', '2013-05-09'],
      ['Pfingsten 2013', '2013-05-19'],
      ['Pfingstsonntag 2013', '2013-05-19'],
      ['Pfingstmontag 2013', '2013-05-20'],
      ['Christi Himmelfahrt 2025', '2025-05-29'],
      ['Pfingstmontag 2038', '2038-06-14'],
      ['Weihnachten 2013', '2013-12-24'],
      ['Heiligabend 2013', '2013-12-24'],
      ['Silvester 2013', '2013-12-31'],
      ['Neujahr 2014', '2014-01-01'],
    ])('%s → %s', (label, expected) => {
      expect(resolveDueLabel(label)).toBe(expected);
    });
  });

  describe('a date resolves to itself', () => {
    it.each([
      ['15.03.2013', '2013-03-15'],
      ['15.3.2013', '2013-03-15'],
      ['5.3.2013', '2013-03-05'],
      ['15.03.13', '2013-03-15'],
      ['15. März 2013', '2013-03-15'],
      ['15. Mär 2013', '2013-03-15'],
      ['1. Sept. 2013', '2013-09-01'],
      ['2013-03-15', '2013-03-15'],
      ['29.02.2024', '2024-02-29'],
    ])('%s → %s', (label, expected) => {
      expect(resolveDueLabel(label)).toBe(expected);
    });

    it.each([
      '31.02.2013',
      '29.02.2013',
      '31.04.2013',
      '0.03.2013',
      '15.13.2013',
      '2013-13-01',
      '2013-02-30',
      '32. März 2013',
    ])('rejects the impossible day %s', (label) => {
      expect(resolveDueLabel(label)).toBeNull();
    });
  });

  describe('tolerates how minutes are typed', () => {
    it.each([
      ['  November 2012  ', '2012-11-30'],
      ['November  2012', '2012-11-30'],
      ['November\u00a02012', '2012-11-30'],
      ['Ende\u202fMärz\u00a02013', '2013-03-31'],
      ['NOVEMBER 2012', '2012-11-30'],
      ['november 2012.', '2012-11-30'],
      ['Ostern 2013!', '2013-03-31'],
      ['bis 15.03.2013', '2013-03-15'],
      ['bis zum 15.03.2013', '2013-03-15'],
      ['bis Ende 2013', '2013-12-31'],
      ['bis Ende Mai 2013', '2013-05-31'],
      ['spätestens Mitte Juni 2013', '2013-06-20'],
      ['spaetestens bis zum 1. Quartal 2014', '2014-03-31'],
      ['ca. Herbst 2013', '2013-11-30'],
      ['ca. 2013', '2013-12-31'],
    ])('%j → %s', (label, expected) => {
      expect(resolveDueLabel(label)).toBe(expected);
    });
  });

  describe('refuses to guess', () => {
    it.each([
      '',
      '   ',
      'bald',
      'asap',
      'ASAP',
      'laufend',
      'nächste Sitzung',
      'Ostern',
      'November',
      'Ende März',
      'Sommer',
      'Q3',
      'bis',
      '11/12',
      '13/2012',
      '0/2012',
      'Q5 2014',
      '5. Quartal 2014',
      '3. Halbjahr 2014',
      'Mitte Ostern 2013',
      'Anfang 15.03.2013',
      '12013',
      'Sommer 2013 / Herbst 2013',
      'Ende 2013/2014',
      'constructor 2013',
      'toString 2013',
    ])('%j → null', (label) => {
      expect(resolveDueLabel(label)).toBeNull();
    });
  });
});

describe('easterSunday', () => {
  it.each([
    [1818, 3, 22],
    [1943, 4, 25],
    [2000, 4, 23],
    [2008, 3, 23],
    [2011, 4, 24],
    [2012, 4, 8],
    [2013, 3, 31],
    [2016, 3, 27],
    [2019, 4, 21],
    [2024, 3, 31],
    [2025, 4, 20],
    [2026, 4, 5],
    [2038, 4, 25],
  ])('%i → %i/%i', (year, month, day) => {
    expect(easterSunday(year)).toEqual({ year, month, day });
  });
});

describe('lastDayOfMonth', () => {
  it.each([
    [2013, 1, 31],
    [2013, 2, 28],
    [2024, 2, 29],
    [1900, 2, 28],
    [2000, 2, 29],
    [2013, 4, 30],
    [2013, 12, 31],
  ])('%i-%i → %i', (year, month, day) => {
    expect(lastDayOfMonth(year, month)).toBe(day);
  });
});

describe('timezone independence', () => {
  it('resolves to the same days whatever time zone the server runs in', () => {
    const labels = ['Ostern 2013', 'Ende 2013', 'Winter 2023', '15.03.2013', 'November 2012'];
    const resolveIn = (tz: string) =>
      execFileSync(
        process.execPath,
        [
          '--import',
          'tsx',
          '--input-type=module',
          '-e',
          `import { resolveDueLabel } from './schema/deadline.ts';
          console.log(JSON.stringify(${JSON.stringify(labels)}.map(resolveDueLabel)));`,
        ],
        { env: { ...process.env, TZ: tz }, encoding: 'utf8' },
      ).trim();
    const expected = JSON.stringify(labels.map(resolveDueLabel));
    for (const tz of ['Pacific/Kiritimati', 'America/Adak', 'UTC']) expect(resolveIn(tz)).toBe(expected);
  });
});
