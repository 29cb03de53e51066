import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useViewerCan } from '../session/viewer-can';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ErrorNotice } from '../ui/ErrorNotice';
import forms from '../ui/forms.module.css';
import { Loading } from '../ui/Loading';
import { PermittedPage } from '../ui/PermittedPage';
import styles from './MeetingForms.module.css';
import {
  CreateMeetingTemplateMutation,
  DeleteMeetingTemplateMutation,
  MeetingTemplatesQuery,
  UpdateMeetingTemplateMutation,
} from './meeting.operations';
import { draftOf, EMPTY_TEMPLATE, type Template, TemplateForm, templateInput } from './TemplateForm';
import { useRefusal } from './use-refusal';

/** `/meetings/templates`: the templates new meetings start from, kept by admins. */
export function TemplatesPage() {
  const { t } = useTranslation();
  const can = useViewerCan();
  const admin = can?.meetingTemplate.manage;
  const [{ data, error }] = useQuery({ query: MeetingTemplatesQuery, pause: !admin });
  const [created, create] = useMutation(CreateMeetingTemplateMutation);
  const adding = useRefusal();
  return (
    <PermittedPage title={t('templates.title')} allowed={admin} refused={t('templates.adminsOnly')}>
      <div className={styles.form}>
        <p className={styles.hint}>{t('templates.intro')}</p>
        {error && <ErrorNotice error={error} />}
        {!data && !error && <Loading />}
        <ul className={styles.list}>
          {data?.meetingTemplates.map((template) => (
            <TemplateEntry key={template.id} template={template} />
          ))}
        </ul>
        <TemplateForm
          heading={t('templates.add')}
          initial={EMPTY_TEMPLATE}
          refusal={adding.refusal}
          busy={created.fetching}
          onSubmit={(draft) => adding.run(create({ input: templateInput(draft) }))}
        />
      </div>
    </PermittedPage>
  );
}

function TemplateEntry({ template }: { template: Template }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [updated, update] = useMutation(UpdateMeetingTemplateMutation);
  const [removed, remove] = useMutation(DeleteMeetingTemplateMutation);
  const { refusal, dismiss, run } = useRefusal();
  if (editing)
    return (
      <li>
        <TemplateForm
          heading={t('templates.editHeading', { name: template.name })}
          initial={draftOf(template)}
          refusal={refusal}
          busy={updated.fetching}
          onCancel={() => setEditing(false)}
          onSubmit={async (draft) => {
            const done = await run(update({ id: template.id, input: templateInput(draft) }));
            if (done) setEditing(false);
            return done;
          }}
        />
      </li>
    );
  return (
    <li className={styles.item}>
      <span className={styles.itemText}>
        <strong>{template.name}</strong>
        {template.description && <span className={styles.hint}> – {template.description}</span>}
      </span>
      <span className={styles.actions}>
        <button
          type="button"
          className={`${forms.secondary} ${styles.small}`}
          aria-label={t('templates.editNamed', { name: template.name })}
          onClick={() => setEditing(true)}
        >
          {t('templates.edit')}
        </button>
        <ConfirmButton
          tone="danger"
          label={t('templates.remove')}
          accessibleLabel={t('templates.removeNamed', { name: template.name })}
          title={t('templates.removeTitle', { name: template.name })}
          message={t('templates.removeText')}
          disabled={removed.fetching}
          onConfirm={() => void run(remove({ id: template.id }))}
        />
      </span>
      {refusal && <ErrorNotice error={refusal} onDismiss={dismiss} />}
    </li>
  );
}
