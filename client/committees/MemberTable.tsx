import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError, useMutation } from 'urql';
import { readFragment } from '../api/graphql';
import { berlinToday, formatDay } from '../i18n/format';
import { useLocale } from '../i18n/use-locale';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ErrorNotice } from '../ui/ErrorNotice';
import forms from '../ui/forms.module.css';
import { Heading } from '../ui/Heading';
import { Notice } from '../ui/Notice';
import type { Committee } from './CommitteeSection';
import { MembershipFragment, RemoveMembershipMutation, UpdateMembershipMutation } from './committee.operations';
import { MembershipPeriod } from './MembershipPeriod';
import styles from './MemberTable.module.css';
import { personName, ROLES, type Role } from './people';

/** The members of a committee; while editing, roles change in place and members can be removed. */
interface MemberTableProps {
  committee: Committee;
  editing: boolean;
  /** One below the committee's own heading. */
  headingLevel: number;
}

export function MemberTable({ committee, editing, headingLevel }: MemberTableProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [, updateMembership] = useMutation(UpdateMembershipMutation);
  const [, removeMembership] = useMutation(RemoveMembershipMutation);
  const [error, setError] = useState<CombinedError | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  const memberships = readFragment(MembershipFragment, committee.memberships);
  const committeeLabel = committee.shortName ?? committee.name;

  const changeRole = async (id: string, role: Role) => {
    setRemoved(null);
    setError((await updateMembership({ id, input: { role } })).error ?? null);
  };
  const today = berlinToday(new Date());
  const end = async (id: string) => {
    setRemoved(null);
    setError((await updateMembership({ id, input: { until: today } })).error ?? null);
  };
  const remove = async (id: string, name: string) => {
    const result = await removeMembership({ id });
    setError(result.error ?? null);
    setRemoved(result.error ? null : name);
  };

  return (
    <>
      <Heading level={headingLevel} className={styles.heading}>
        {t('committees.members')}
      </Heading>
      {error && <ErrorNotice error={error} onDismiss={() => setError(null)} />}
      {removed && <Notice tone="success">{t('committees.removed', { name: removed })}</Notice>}
      {memberships.length === 0 ? (
        <p className={styles.empty}>{t('committees.noMembers')}</p>
      ) : (
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t('committees.person')}</th>
              <th scope="col">{t('committees.organization')}</th>
              <th scope="col">{t('committees.role')}</th>
              <th scope="col">{t('committees.since')}</th>
              <th scope="col">{t('committees.until')}</th>
              {editing && (
                <th scope="col">
                  <span className="visually-hidden">{t('committees.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {memberships.map((membership) => {
              const name = personName(membership.person);
              return (
                <tr key={membership.id}>
                  <th scope="row">{name}</th>
                  <td>
                    {membership.person.organization?.shortName ??
                      membership.person.organization?.name ??
                      t('common.none')}
                  </td>
                  <td>
                    {editing ? (
                      <select
                        className={forms.select}
                        aria-label={t('committees.roleOf', { name })}
                        value={membership.role}
                        onChange={(event) => void changeRole(membership.id, event.target.value as Role)}
                      >
                        {ROLES.map((role) => (
                          <option key={role} value={role}>
                            {t(`roles.${role}`)}
                          </option>
                        ))}
                      </select>
                    ) : (
                      t(`roles.${membership.role}`)
                    )}
                  </td>
                  <td>{membership.since ? formatDay(membership.since, locale) : t('common.none')}</td>
                  <td>{membership.until ? formatDay(membership.until, locale) : t('common.none')}</td>
                  {editing && (
                    <td>
                      <div className={styles.actions}>
                        <MembershipPeriod membership={membership} name={name} />
                        {(!membership.until || membership.until > today) && (
                          <button
                            type="button"
                            className={forms.secondary}
                            aria-label={t('committees.endWho', { name, committee: committeeLabel })}
                            onClick={() => void end(membership.id)}
                          >
                            {t('committees.end')}
                          </button>
                        )}
                        <ConfirmButton
                          tone="danger"
                          label={t('committees.remove')}
                          accessibleLabel={t('committees.removeWho', { name, committee: committeeLabel })}
                          title={t('committees.removeTitle', { name })}
                          message={t('committees.removeMessage', { name, committee: committeeLabel })}
                          onConfirm={() => void remove(membership.id, name)}
                        />
                      </div>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
