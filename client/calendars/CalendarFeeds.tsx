import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError, useMutation, useQuery } from 'urql';
import { LIMITS } from '../../schema/limits';
import { readFragment } from '../api/graphql';
import { formatDate } from '../i18n/format';
import { useLocale } from '../i18n/use-locale';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ErrorNotice } from '../ui/ErrorNotice';
import forms from '../ui/forms.module.css';
import { Heading } from '../ui/Heading';
import { Loading } from '../ui/Loading';
import { Notice } from '../ui/Notice';
import styles from './CalendarFeeds.module.css';
import {
  CalendarFeedFragment,
  CalendarFeedsQuery,
  CreateCalendarFeedMutation,
  RevokeCalendarFeedMutation,
  RotateCalendarFeedMutation,
} from './calendar.operations';
import { FeedAddress } from './FeedAddress';

interface CalendarFeedsProps {
  /** A person, committee or organisation. */
  ownerId: string;
  ownerName: string;
  headingLevel: number;
}

/** The secret address just made: shown once, since the server keeps only its hash. */
interface NewAddress {
  feedId: string;
  path: string;
}

/**
 * iCalendar feeds of a person or body: open next steps as all-day events, meetings at their
 * time. Makes a feed, shows its secret address once, gives it a new one, or ends it.
 */
export function CalendarFeeds({ ownerId, ownerName, headingLevel }: CalendarFeedsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const [{ data, error, fetching }] = useQuery({ query: CalendarFeedsQuery, variables: { ownerId } });
  const [{ fetching: creating }, create] = useMutation(CreateCalendarFeedMutation);
  const [, rotate] = useMutation(RotateCalendarFeedMutation);
  const [, revoke] = useMutation(RevokeCalendarFeedMutation);
  const [label, setLabel] = useState('');
  const [address, setAddress] = useState<NewAddress | null>(null);
  const [revoked, setRevoked] = useState(false);
  const [refusal, setRefusal] = useState<CombinedError | null>(null);

  const done = (result: { error?: CombinedError }) => {
    setRefusal(result.error ?? null);
    setRevoked(false);
    return !result.error;
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await create({ ownerId, label: label.trim() || null });
    if (!done(result) || !result.data) return;
    const { path, feed } = result.data.createCalendarFeed;
    setAddress({ feedId: readFragment(CalendarFeedFragment, feed).id, path });
    setLabel('');
  };
  const renew = async (feedId: string) => {
    const result = await rotate({ id: feedId });
    if (done(result) && result.data) setAddress({ feedId, path: result.data.rotateCalendarFeedToken.path });
  };
  const end = async (feedId: string) => {
    const result = await revoke({ id: feedId });
    if (!done(result)) return;
    setRevoked(true);
    if (address?.feedId === feedId) setAddress(null);
  };

  const feeds = readFragment(CalendarFeedFragment, data?.calendarFeeds ?? []);
  const feedName = (feed: (typeof feeds)[number]) => feed.label || t('calendar.unnamed');
  return (
    <div className={styles.feeds}>
      <Heading level={headingLevel} className={styles.title}>
        {t('calendar.title', { name: ownerName })}
      </Heading>
      <p className={styles.intro}>{t('calendar.intro')}</p>
      {refusal && <ErrorNotice error={refusal} onDismiss={() => setRefusal(null)} />}
      {revoked && (
        <Notice tone="success" onDismiss={() => setRevoked(false)}>
          {t('calendar.revoked')}
        </Notice>
      )}
      {address && <FeedAddress path={address.path} onDismiss={() => setAddress(null)} />}
      {error && <ErrorNotice error={error} />}
      {fetching && !data && <Loading />}
      {feeds.length > 0 && (
        <ul className={styles.list}>
          {feeds.map((feed) => (
            <li key={feed.id} className={styles.feed}>
              <span className={styles.name}>{feedName(feed)}</span>
              <span className={styles.since}>{t('calendar.since', { date: formatDate(feed.createdAt, locale) })}</span>
              <span className={styles.actions}>
                <ConfirmButton
                  label={t('calendar.rotate')}
                  accessibleLabel={t('calendar.rotateOf', { name: feedName(feed) })}
                  title={t('calendar.rotateTitle')}
                  message={t('calendar.rotateText')}
                  tone="secondary"
                  onConfirm={() => void renew(feed.id)}
                />
                <ConfirmButton
                  label={t('calendar.revoke')}
                  accessibleLabel={t('calendar.revokeOf', { name: feedName(feed) })}
                  title={t('calendar.revokeTitle')}
                  message={t('calendar.revokeText')}
                  tone="danger"
                  onConfirm={() => void end(feed.id)}
                />
              </span>
            </li>
          ))}
        </ul>
      )}
      <form className={styles.create} aria-labelledby={`${id}-create`} onSubmit={(event) => void submit(event)}>
        <span id={`${id}-create`} className="visually-hidden">
          {t('calendar.createFor', { name: ownerName })}
        </span>
        <label className={forms.field}>
          {t('calendar.label')}
          <input
            className={forms.input}
            value={label}
            maxLength={LIMITS.name}
            placeholder={t('calendar.labelExample')}
            onChange={(event) => setLabel(event.target.value)}
          />
        </label>
        <button type="submit" className={forms.button} disabled={creating}>
          {t('calendar.create')}
        </button>
      </form>
    </div>
  );
}
