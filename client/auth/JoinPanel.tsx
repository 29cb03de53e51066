import { type RefObject, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError, type OperationResult, useMutation } from 'urql';
import { type FragmentOf, readFragment } from '../api/graphql';
import { ErrorNotice } from '../ui/ErrorNotice';
import forms from '../ui/forms.module.css';
import { CloseMeetingJoinMutation, JoinPanelFragment, OpenMeetingJoinMutation } from './auth.operations';
import styles from './JoinPanel.module.css';
import { joinLink, spacedJoinCode } from './join-code';
import { QrCode } from './QrCode';

/** Whether `element` fills the screen now (the browser's fullscreen, left with Esc too). */
function useProjecting(element: RefObject<HTMLElement | null>): boolean {
  const [projecting, setProjecting] = useState(false);
  useEffect(() => {
    const follow = () =>
      setProjecting(document.fullscreenElement !== null && document.fullscreenElement === element.current);
    document.addEventListener('fullscreenchange', follow);
    return () => document.removeEventListener('fullscreenchange', follow);
  }, [element]);
  return projecting;
}

/**
 * The facilitator's control of guest joining: open it, show the code big with its link and QR
 * code for the projector, give it a new code (the old one stops working), close it again.
 */
export function JoinPanel({ meeting: data }: { meeting: FragmentOf<typeof JoinPanelFragment> }) {
  const { t } = useTranslation();
  const id = useId();
  const panel = useRef<HTMLElement>(null);
  const meeting = readFragment(JoinPanelFragment, data);
  const [opening, openJoin] = useMutation(OpenMeetingJoinMutation);
  const [closing, closeJoin] = useMutation(CloseMeetingJoinMutation);
  const [refusal, setRefusal] = useState<CombinedError | null>(null);
  const busy = opening.fetching || closing.fetching;

  const run = async (action: Promise<OperationResult>) => setRefusal((await action).error ?? null);
  const open = (newCode: boolean) => run(openJoin({ meetingId: meeting.id, newCode }));
  const close = () => run(closeJoin({ meetingId: meeting.id }));
  const projecting = useProjecting(panel);
  const projector = () => {
    if (projecting) void document.exitFullscreen();
    else void panel.current?.requestFullscreen();
  };

  const code = meeting.joinOpen ? meeting.joinCode : null;
  const link = code && joinLink(window.location.origin, code);
  return (
    <section ref={panel} aria-labelledby={`${id}-title`} className={styles.panel}>
      <h2 id={`${id}-title`}>{t('auth.joinPanel.title')}</h2>
      {refusal && <ErrorNotice error={refusal} onDismiss={() => setRefusal(null)} />}
      {code && link ? (
        <>
          <div className={styles.open}>
            <div>
              <p className={styles.label}>{t('auth.joinPanel.code')}</p>
              <p className={styles.code}>{spacedJoinCode(code)}</p>
              <p className={styles.label}>{t('auth.joinPanel.link')}</p>
              <p className={styles.link}>{link}</p>
            </div>
            <QrCode text={link} label={t('auth.joinPanel.qr', { link })} className={styles.qr} />
          </div>
          <div className={styles.actions}>
            {document.fullscreenEnabled && (
              <button type="button" className={`${forms.button} ${styles.exit}`} onClick={projector}>
                {t(projecting ? 'auth.joinPanel.endProjector' : 'auth.joinPanel.projector')}
              </button>
            )}
            <button type="button" className={forms.secondary} disabled={busy} onClick={() => void open(true)}>
              {t('auth.joinPanel.rotate')}
            </button>
            <button type="button" className={forms.danger} disabled={busy} onClick={() => void close()}>
              {t('auth.joinPanel.close')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p>{t('auth.joinPanel.closed')}</p>
          <button type="button" className={forms.button} disabled={busy} onClick={() => void open(false)}>
            {t('auth.joinPanel.open')}
          </button>
        </>
      )}
    </section>
  );
}
