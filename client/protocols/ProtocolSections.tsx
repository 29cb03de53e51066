import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError, useMutation, useQuery } from 'urql';
import { readFragment } from '../api/graphql';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ErrorNotice } from '../ui/ErrorNotice';
import forms from '../ui/forms.module.css';
import { paragraphs } from '../ui/paragraphs';
import styles from './ProtocolSections.module.css';
import {
  CreateProtocolSectionMutation,
  DeleteProtocolSectionMutation,
  ProtocolSectionFragment,
  ProtocolSectionsQuery,
  UpdateProtocolSectionMutation,
} from './protocol.operations';
import { SectionForm, type SectionValues } from './SectionForm';
import { moveSection } from './section-order';

/** Which form is open: a section's, the new one's, or none. */
type Editing = { id: string } | 'new' | null;

/**
 * The facilitators' free-text sections (e.g. "Diskussion"): add, edit, reorder, delete.
 * `onChanged` follows every completed action, when the protocol's text is final again.
 */
export function ProtocolSections({ meetingId, onChanged }: { meetingId: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const [{ data, error }] = useQuery({ query: ProtocolSectionsQuery, variables: { meetingId } });
  const [, create] = useMutation(CreateProtocolSectionMutation);
  const [, update] = useMutation(UpdateProtocolSectionMutation);
  const [, remove] = useMutation(DeleteProtocolSectionMutation);
  const [editing, setEditing] = useState<Editing>(null);
  const [moving, setMoving] = useState(false);
  const [refusal, setRefusal] = useState<CombinedError | null>(null);
  const sections = readFragment(ProtocolSectionFragment, data?.protocolSections ?? []);

  /** Ends editing when the server took the change; otherwise says why and keeps the form. */
  const settle = (result: { error?: CombinedError }) => {
    setRefusal(result.error ?? null);
    if (!result.error) setEditing(null);
    onChanged();
    return !result.error;
  };
  const add = async (values: SectionValues) => settle(await create({ input: { meetingId, ...values } }));
  const save = async (id: string, values: SectionValues) => settle(await update({ id, input: values }));
  const move = async (index: number, offset: number) => {
    setMoving(true);
    for (const change of moveSection(sections, index, offset)) {
      const result = await update({ id: change.id, input: { order: change.order } });
      setRefusal(result.error ?? null);
      if (result.error) break;
    }
    setMoving(false);
    onChanged();
  };

  return (
    <section aria-labelledby="protocol-sections" className={styles.sections}>
      <h2 id="protocol-sections">{t('protocol.sections.title')}</h2>
      <p className={styles.intro}>{t('protocol.sections.intro')}</p>
      {refusal && <ErrorNotice error={refusal} onDismiss={() => setRefusal(null)} />}
      {error && <ErrorNotice error={error} />}
      {sections.length > 0 && (
        <ol className={styles.list}>
          {sections.map((section, index) => (
            <li key={section.id} className={styles.section}>
              {editing !== 'new' && editing?.id === section.id ? (
                <SectionForm
                  initial={section}
                  onSave={(values) => save(section.id, values)}
                  onCancel={() => setEditing(null)}
                />
              ) : (
                <>
                  <h3 className={styles.title}>{section.title}</h3>
                  <p className={styles.excerpt}>{paragraphs(section.body)[0] ?? t('protocol.sections.noText')}</p>
                  <div className={styles.actions}>
                    <button
                      type="button"
                      className={forms.secondary}
                      aria-label={t('protocol.sections.editOf', { title: section.title })}
                      onClick={() => setEditing({ id: section.id })}
                    >
                      {t('protocol.sections.edit')}
                    </button>
                    <button
                      type="button"
                      className={forms.secondary}
                      aria-label={t('protocol.sections.upOf', { title: section.title })}
                      disabled={moving || index === 0}
                      onClick={() => void move(index, -1)}
                    >
                      <span aria-hidden="true">↑</span> {t('protocol.sections.up')}
                    </button>
                    <button
                      type="button"
                      className={forms.secondary}
                      aria-label={t('protocol.sections.downOf', { title: section.title })}
                      disabled={moving || index === sections.length - 1}
                      onClick={() => void move(index, 1)}
                    >
                      <span aria-hidden="true">↓</span> {t('protocol.sections.down')}
                    </button>
                    <ConfirmButton
                      label={t('protocol.sections.delete')}
                      accessibleLabel={t('protocol.sections.deleteOf', { title: section.title })}
                      title={t('protocol.sections.deleteTitle')}
                      message={t('protocol.sections.deleteText', { title: section.title })}
                      tone="danger"
                      onConfirm={() => void remove({ id: section.id }).then(settle)}
                    />
                  </div>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      {editing === 'new' ? (
        <SectionForm onSave={add} onCancel={() => setEditing(null)} />
      ) : (
        <button type="button" className={forms.button} onClick={() => setEditing('new')}>
          {t('protocol.sections.add')}
        </button>
      )}
    </section>
  );
}
