import type { EntityManager } from '@mikro-orm/postgresql';
import type { Committee } from '../../committees/committee.entity';
import type { Organization } from '../../organizations/organization.entity';
import { Person } from '../../people/person.entity';

/** "SZ²" and "SZ2", "JugA" and "juga" are the same name. */
function fold(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function only<T>(matches: T[]): T | null {
  return matches.length === 1 ? (matches[0] ?? null) : null;
}

/** The body a "Wer" names: by short name first, then by full name; nothing when it is ambiguous. */
export function matchOwner<T extends Committee | Organization>(label: string, bodies: T[]): T | null {
  const wanted = fold(label);
  return (
    only(bodies.filter((body) => body.shortName && fold(body.shortName) === wanted)) ??
    only(bodies.filter((body) => fold(body.name) === wanted))
  );
}

/** The host a "Veranstalter" line names: "Name (Kurzname)" as the export writes it, the name or the short name. */
export function matchHost(label: string | null, committees: Committee[]): Committee | null {
  if (!label) return null;
  const wanted = fold(label);
  return (
    only(committees.filter((c) => c.shortName && fold(`${c.name} (${c.shortName})`) === wanted)) ??
    matchOwner(label, committees)
  );
}

export async function matchPerson(em: EntityManager, name: string | null): Promise<Person | null> {
  if (!name) return null;
  const candidates = await em.find(Person, { name: { $ilike: `%${name.split(' ').at(-1) ?? name}%` } });
  const wanted = fold(name);
  return only(candidates.filter((p) => fold(p.name) === wanted || fold(`${p.title ?? ''} ${p.name}`) === wanted));
}
