import type { ParsedAttendee } from './parsed-protocol';
import { normaliseText } from './protocol-lines';

/** The heading or label of an attendance list. */
export const ATTENDEES = /^(?:anwesend|anwesende|teilnehmende|teilnehmer(?:\/innen|innen)?|present|attendees)$/i;
/** What Planwerk's export writes for those who named no organisation. */
const NO_ORGANIZATION = /^(?:ohne angabe der organisation|no organisation given)$/i;
/** "Name (Organisation)" */
const NAME_WITH_ORG = /^(.+?)\s*\(([^()]+)\)$/;

function person(entry: string, organizationName: string | null): ParsedAttendee | null {
  const text = normaliseText(entry).replace(/[.;]$/, '');
  if (!text) return null;
  const withOrg = NAME_WITH_ORG.exec(text);
  if (withOrg?.[1] && withOrg[2]) return { name: withOrg[1], organizationName: withOrg[2].trim() };
  return { name: text, organizationName };
}

/**
 * One entry of an attendance list: "Jugendamt: Ada Muster, Bo Beispiel" (by organisation, as
 * the export writes it), "Ada Muster (Jugendamt)", or a name alone. Several on one line are
 * separated by ";", or by "," when none names an organisation group.
 */
export function readAttendees(line: string): ParsedAttendee[] {
  return line.split(';').flatMap((part) => {
    const group = /^([^:]+):\s*(.+)$/.exec(part.trim());
    if (group?.[1] && group[2]) {
      const label = normaliseText(group[1]);
      const organization = NO_ORGANIZATION.test(label) ? null : label;
      return group[2].split(',').flatMap((name) => person(name, organization) ?? []);
    }
    return part.split(',').flatMap((name) => person(name, null) ?? []);
  });
}
