import { describe, expect, it } from 'vitest';
import { readAttendees } from '../../../server/protocols/import/attendee-lines';

describe('attendance lines', () => {
  it('reads people by organisation, as the export writes them', () => {
    expect(readAttendees('Jugendamt: Ada Muster, Bo Beispiel')).toEqual([
      { name: 'Ada Muster', organizationName: 'Jugendamt' },
      { name: 'Bo Beispiel', organizationName: 'Jugendamt' },
    ]);
    expect(readAttendees('ohne Angabe der Organisation: Gast aus Mitte')).toEqual([
      { name: 'Gast aus Mitte', organizationName: null },
    ]);
  });

  it('reads names with the organisation in brackets, names alone, and groups separated by ";"', () => {
    expect(readAttendees('Ada Muster (Jugendamt), Bo Beispiel')).toEqual([
      { name: 'Ada Muster', organizationName: 'Jugendamt' },
      { name: 'Bo Beispiel', organizationName: null },
    ]);
    expect(readAttendees('Jugendamt: Ada Muster; Träger e. V.: Cem Zeta, Dana Ypsilon.')).toEqual([
      { name: 'Ada Muster', organizationName: 'Jugendamt' },
      { name: 'Cem Zeta', organizationName: 'Träger e. V.' },
      { name: 'Dana Ypsilon', organizationName: 'Träger e. V.' },
    ]);
    expect(readAttendees(' ')).toEqual([]);
  });
});
