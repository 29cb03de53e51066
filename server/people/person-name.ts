import type { Person } from './person.entity';

/** A person's name with an academic or official title, as a protocol writes it: "Prof. Dr. Wolfgang Hinte". */
export function personName(person: Pick<Person, 'name' | 'title'>): string {
  return person.title ? `${person.title} ${person.name}` : person.name;
}
