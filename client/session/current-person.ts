import { useSyncExternalStore } from 'react';
import { useQuery } from 'urql';
import { PeopleQuery } from '../committees/committee.operations';
import { personName } from '../committees/people';
import { browserStorage } from '../i18n/i18n';
import { createStoredChoice, type StoredChoice } from './stored-choice';
import type { Viewer } from './viewer';

let standIn: StoredChoice | undefined;

/**
 * STAND-IN until sign-in exists (the access issue, on another branch): the person picked in
 * the "Ansicht als" selector, remembered in this browser. It proves nothing about who uses the
 * app; the server takes it only as "whose list to show" and will drop it for the viewer.
 */
export function standInPerson(): StoredChoice {
  standIn ??= createStoredChoice(browserStorage(), 'planwerk.viewAs', window);
  return standIn;
}

/** The stand-in's choice, if that person still exists. */
function useStandInPerson(): Viewer | null {
  const store = standInPerson();
  const id = useSyncExternalStore(store.subscribe, store.get);
  const [{ data }] = useQuery({ query: PeopleQuery, pause: !id });
  const person = id ? data?.people.find((candidate) => candidate.id === id) : undefined;
  return person ? { id: person.id, name: personName(person) } : null;
}

/**
 * The person whose notifications, progress notes and calendar this browser shows: the one
 * place that decides. With sessions, the body becomes `return useViewer();`.
 */
export function useCurrentPerson(): Viewer | null {
  return useStandInPerson();
}
