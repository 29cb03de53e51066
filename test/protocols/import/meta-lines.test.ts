import { describe, expect, it } from 'vitest';
import { findDay, readMetaLine } from '../../../server/protocols/import/meta-lines';

describe('date, place, author and host lines', () => {
  it('reads the date line in the forms people write it', () => {
    expect(readMetaLine('Datum: 14.01.2027')).toEqual({ date: '2027-01-14' });
    expect(readMetaLine('Datum: 14. Januar 2027')).toEqual({ date: '2027-01-14' });
    expect(readMetaLine('**Datum:** 19.10.2012')).toEqual({});
    expect(findDay('Termin am 3. 2. 2026')).toBe('2026-02-03');
    expect(readMetaLine('Date: 19 October 2012, 09:30–11:00')).toEqual({ date: '2012-10-19' });
    // A month alone names no meeting day, and a day that does not exist none either.
    expect(readMetaLine('Datum: Januar 2027')).toEqual({});
    expect(readMetaLine('Datum: 31.02.2027')).toEqual({});
  });

  it('reads date and place from "am … in …", with or without hours', () => {
    expect(readMetaLine('Die Sitzung fand am 19.10.2012 in der Villa Mittelhof statt.')).toEqual({
      date: '2012-10-19',
      place: 'Villa Mittelhof',
    });
    expect(readMetaLine('am 14.01.2027, 10:00–12:00 Uhr in Raum 3, Rathaus Zehlendorf')).toEqual({
      date: '2027-01-14',
      place: 'Raum 3, Rathaus Zehlendorf',
    });
    expect(readMetaLine('Ort: Rathaus Zehlendorf, Raum 1')).toEqual({ place: 'Rathaus Zehlendorf, Raum 1' });
  });

  it('reads the author from "Protokoll:", "Protokollantin:" and "gez."', () => {
    expect(readMetaLine('Protokoll: Reinhard Hoffmann')).toEqual({ author: 'Reinhard Hoffmann' });
    expect(readMetaLine('Protokollantin: Erika Beispiel')).toEqual({ author: 'Erika Beispiel' });
    expect(readMetaLine('gez. Reinhard Hoffmann')).toEqual({ author: 'Reinhard Hoffmann' });
    expect(readMetaLine('Veranstalter: Strategisches Zentrum (SZ²)')).toEqual({
      hostName: 'Strategisches Zentrum (SZ²)',
    });
    expect(readMetaLine('Kritik: zu wenig Zeit')).toEqual({});
  });
});
