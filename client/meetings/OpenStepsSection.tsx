import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDay } from '../i18n/format';
import { useLocale } from '../i18n/use-locale';
import forms from './MeetingForms.module.css';
import styles from './MeetingPage.module.css';
import type { Meeting } from './meeting';

/** An AG meeting opens with what its body still owes: the host body's pending next steps from elsewhere. */
export function OpenStepsSection({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const host = meeting.hostCommittee;
  return (
    <section aria-labelledby="open-steps" className={styles.section}>
      <h2 id="open-steps">{t('openSteps.title')}</h2>
      {!host ? (
        <p>{t('openSteps.noHost')}</p>
      ) : meeting.openSteps.length === 0 ? (
        <p>{t('openSteps.none', { body: host.shortName ?? host.name })}</p>
      ) : (
        <ul className={forms.list}>
          {meeting.openSteps.map((step) => (
            <li key={step.id} className={forms.item}>
              <span className={forms.itemText}>
                <strong>{step.ownerLabel ?? host.shortName ?? host.name}</strong>: {step.items.join('; ')}
              </span>
              {step.dueLabel && (
                <span className={forms.muted}>
                  {step.dueDate ? `${step.dueLabel} (${formatDay(step.dueDate, locale)})` : step.dueLabel}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {host && (
        <p>
          <Link to={`/tasks?view=all&owner=${encodeURIComponent(host.id)}`}>{t('openSteps.allOfBody')}</Link>
        </p>
      )}
    </section>
  );
}
