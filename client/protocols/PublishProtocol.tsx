import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError, useMutation } from 'urql';
import { formatDateTime } from '../i18n/format';
import { useLocale } from '../i18n/use-locale';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Notice } from '../ui/Notice';
import type { Version } from './ProtocolChanges';
import styles from './PublishProtocol.module.css';
import { PublishProtocolMutation } from './protocol.operations';

/** Freezes the protocol as it is now as the next version, after asking. */
export function PublishProtocol({ meetingId, latest }: { meetingId: string; latest: Version | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [{ fetching }, publish] = useMutation(PublishProtocolMutation);
  const [refusal, setRefusal] = useState<CombinedError | null>(null);
  // The server returns the latest version unchanged when nothing changed since.
  const [outcome, setOutcome] = useState<{ number: number; fresh: boolean } | null>(null);

  const run = async () => {
    setOutcome(null);
    const result = await publish({ meetingId });
    setRefusal(result.error ?? null);
    const version = result.data?.publishProtocol;
    if (version) setOutcome({ number: version.number, fresh: version.number !== latest?.number });
  };

  return (
    <section aria-labelledby="protocol-publish" className={styles.publish}>
      <h2 id="protocol-publish">{t('protocol.publish.title')}</h2>
      <p className={styles.state}>
        {latest
          ? t('protocol.publish.latest', {
              number: latest.number,
              date: formatDateTime(latest.publishedAt, locale),
            })
          : t('protocol.publish.never')}
      </p>
      {refusal && <ErrorNotice error={refusal} onDismiss={() => setRefusal(null)} />}
      {outcome && (
        <Notice tone={outcome.fresh ? 'success' : 'info'} onDismiss={() => setOutcome(null)}>
          {t(outcome.fresh ? 'protocol.publish.done' : 'protocol.publish.unchanged', { number: outcome.number })}
        </Notice>
      )}
      <ConfirmButton
        label={t('protocol.publish.action')}
        title={t('protocol.publish.confirmTitle')}
        message={t('protocol.publish.confirmText', { number: (latest?.number ?? 0) + 1 })}
        disabled={fetching}
        onConfirm={() => void run()}
      />
    </section>
  );
}
