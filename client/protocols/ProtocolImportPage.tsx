import { type ChangeEvent, type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type CombinedError, useClient, useMutation } from 'urql';
import { LIMITS } from '../../schema/limits';
import { ErrorNotice } from '../ui/ErrorNotice';
import forms from '../ui/forms.module.css';
import { Notice } from '../ui/Notice';
import { DraftReview } from './DraftReview';
import { ImportProtocolMutation, PreviewProtocolImportQuery } from './import.operations';
import { type Draft, decodeProtocolFile, draftInput } from './import-draft';
import styles from './ProtocolImportPage.module.css';

/**
 * Imports an existing protocol: pasted or uploaded text becomes a draft meeting, shown for
 * review (tables, points, next steps, unknown owners flagged) before it is saved.
 */
export function ProtocolImportPage() {
  const { t } = useTranslation();
  const client = useClient();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [tooLong, setTooLong] = useState(false);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [previews, setPreviews] = useState(0);
  const [previewing, setPreviewing] = useState(false);
  const [refusal, setRefusal] = useState<CombinedError | null>(null);
  const [{ fetching: saving }, importProtocol] = useMutation(ImportProtocolMutation);
  const review = useRef<HTMLHeadingElement>(null);

  // A new draft takes keyboard and screen-reader focus, so nobody has to hunt for it.
  useEffect(() => {
    if (previews > 0) review.current?.focus();
  }, [previews]);

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const content = decodeProtocolFile(await file.arrayBuffer());
    setTooLong(content.length > LIMITS.protocolText);
    setText(content.slice(0, LIMITS.protocolText));
    setDraft(null);
  };

  const preview = async (event: FormEvent) => {
    event.preventDefault();
    setPreviewing(true);
    const result = await client
      .query(PreviewProtocolImportQuery, { text }, { requestPolicy: 'network-only' })
      .toPromise();
    setPreviewing(false);
    setRefusal(result.error ?? null);
    setDraft(result.data?.previewProtocolImport ?? null);
    if (result.data) setPreviews((count) => count + 1);
  };

  const save = async (reviewed: Draft) => {
    const result = await importProtocol({ draft: draftInput(reviewed) });
    setRefusal(result.error ?? null);
    if (result.data) navigate(`/meetings/${result.data.importProtocol.id}`);
  };

  return (
    <>
      <title>{`${t('protocolImport.title')} – ${t('app.name')}`}</title>
      <h1>{t('protocolImport.title')}</h1>
      <p className={styles.intro}>{t('protocolImport.intro')}</p>
      <form className={styles.source} aria-label={t('protocolImport.source')} onSubmit={(event) => void preview(event)}>
        <label className={forms.field}>
          {t('protocolImport.file')}
          <input
            type="file"
            className={styles.file}
            accept=".txt,.md,.markdown,text/plain,text/markdown"
            onChange={(event) => void readFile(event)}
          />
        </label>
        {tooLong && <Notice tone="error">{t('protocolImport.tooLong', { max: LIMITS.protocolText })}</Notice>}
        <label className={forms.field}>
          {t('protocolImport.text')}
          <textarea
            className={`${forms.input} ${styles.text}`}
            rows={12}
            required
            maxLength={LIMITS.protocolText}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setTooLong(false);
            }}
          />
        </label>
        <button type="submit" className={forms.button} disabled={previewing || !text.trim()}>
          {t('protocolImport.preview')}
        </button>
      </form>
      {refusal && <ErrorNotice error={refusal} onDismiss={() => setRefusal(null)} />}
      {draft && (
        <DraftReview
          // A new preview starts a new review: fields kept as typed start from the new draft.
          key={previews}
          draft={draft}
          headingRef={review}
          saving={saving}
          onChange={setDraft}
          onSave={(reviewed) => void save(reviewed)}
        />
      )}
    </>
  );
}
