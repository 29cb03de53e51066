import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError, useMutation, useQuery } from 'urql';
import { readFragment } from '../api/graphql';
import { ErrorNotice } from '../ui/ErrorNotice';
import forms from '../ui/forms.module.css';
import { Heading } from '../ui/Heading';
import { Notice } from '../ui/Notice';
import type { Committee } from './CommitteeSection';
import { AddMembershipMutation, MembershipFragment, PeopleQuery } from './committee.operations';
import styles from './NominationForm.module.css';
import { personName, ROLES, type Role } from './people';

/** "Benennung Personen für AG": names a person for the committee with a role. */
export function NominationForm({ committee, headingLevel }: { committee: Committee; headingLevel: number }) {
  const { t } = useTranslation();
  const id = useId();
  const [people] = useQuery({ query: PeopleQuery });
  const [{ fetching }, addMembership] = useMutation(AddMembershipMutation);
  const [personId, setPersonId] = useState('');
  const [role, setRole] = useState<Role>('MEMBER');
  const [since, setSince] = useState('');
  const [until, setUntil] = useState('');
  const [error, setError] = useState<CombinedError | null>(null);
  const [added, setAdded] = useState<string | null>(null);

  const members = new Set(
    readFragment(MembershipFragment, committee.memberships).map((membership) => membership.person.id),
  );
  const candidates = (people.data?.people ?? []).filter((person) => !members.has(person.id));
  const label = committee.shortName ?? committee.name;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const person = candidates.find((candidate) => candidate.id === personId);
    if (!person) return;
    const result = await addMembership({
      input: { committeeId: committee.id, personId, role, since: since || null, until: until || null },
    });
    setError(result.error ?? null);
    if (result.error) return;
    setAdded(personName(person));
    setPersonId('');
    setSince('');
    setUntil('');
  };

  return (
    <form className={styles.form} aria-labelledby={`${id}-title`} onSubmit={(event) => void submit(event)}>
      <Heading level={headingLevel} id={`${id}-title`} className={styles.title}>
        {t('committees.nominate', { committee: label })}
      </Heading>
      {error && <ErrorNotice error={error} onDismiss={() => setError(null)} />}
      {added && <Notice tone="success">{t('committees.added', { name: added })}</Notice>}
      {people.error && <ErrorNotice error={people.error} />}
      {people.data && candidates.length === 0 ? (
        <p>{t('committees.everyoneNamed')}</p>
      ) : (
        <div className={styles.fields}>
          <label className={forms.field}>
            {t('committees.person')}
            <select
              className={forms.select}
              required
              value={personId}
              onChange={(event) => setPersonId(event.target.value)}
            >
              <option value="">{t('committees.choosePerson')}</option>
              {candidates.map((person) => (
                <option key={person.id} value={person.id}>
                  {personName(person)}
                  {person.organization && ` (${person.organization.shortName ?? person.organization.name})`}
                </option>
              ))}
            </select>
          </label>
          <label className={forms.field}>
            {t('committees.role')}
            <select className={forms.select} value={role} onChange={(event) => setRole(event.target.value as Role)}>
              {ROLES.map((option) => (
                <option key={option} value={option}>
                  {t(`roles.${option}`)}
                </option>
              ))}
            </select>
          </label>
          <label className={forms.field}>
            {t('committees.since')}
            <input
              className={forms.input}
              type="date"
              value={since}
              onChange={(event) => setSince(event.target.value)}
            />
          </label>
          <label className={forms.field}>
            {t('committees.until')}
            <input
              className={forms.input}
              type="date"
              min={since || undefined}
              value={until}
              onChange={(event) => setUntil(event.target.value)}
            />
          </label>
          <button type="submit" className={forms.button} disabled={fetching || !personId}>
            {t('committees.add')}
          </button>
        </div>
      )}
    </form>
  );
}
