import { type FragmentOf, graphql, readFragment } from '../api/graphql';

/** Enough of a committee, organisation or person to name it. */
export const PartyNameFragment = graphql(`
  fragment PartyName on Party {
    __typename
    ... on Committee { id name shortName }
    ... on Organization { id name shortName }
    ... on Person { id name title }
  }
`);

export interface PartyNames {
  id: string;
  /** The full name, with a person's title. */
  name: string;
  /** The short form people write ("JugA", "SZ²"), or the name. */
  short: string;
}

export function partyNames(data: FragmentOf<typeof PartyNameFragment>): PartyNames {
  const party = readFragment(PartyNameFragment, data);
  if (party.__typename === 'Person') {
    const name = party.title ? `${party.title} ${party.name}` : party.name;
    return { id: party.id, name, short: name };
  }
  return { id: party.id, name: party.name, short: party.shortName ?? party.name };
}
