import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setupI18n } from '../../client/i18n/i18n';
import { DraftReview } from '../../client/protocols/DraftReview';
import type { Draft } from '../../client/protocols/import-draft';
import { clientAnswering } from './support/fake-api';

afterEach(cleanup);

const OWNERS = {
  committees: [{ __typename: 'Committee', id: 'c-sz2', name: 'Strategisches Zentrum', shortName: 'SZ²' }],
  organizations: [{ __typename: 'Organization', id: 'o-juga', name: 'Jugendamt', shortName: 'JugA' }],
  people: [],
};

const DRAFT = {
  title: 'Sitzung der AG',
  date: '2027-01-14',
  place: 'Villa Mittelhof',
  footnote: null,
  authorName: 'Erika Beispiel',
  authorId: null,
  hostCommitteeId: 'c-sz2',
  attendees: [
    { name: 'Ada Muster', organizationName: 'Jugendamt' },
    { name: 'Bo Beispiel', organizationName: null },
  ],
  contributions: [{ title: 'Beispiel Graz', speakerName: 'Ingrid Krammer', affiliation: 'Graz', summary: null }],
  workingTables: [{ kind: 'CRITICISM', title: 'Kritik', positions: ['Zu wenig Zeit'], topFive: ['Zu wenig Zeit'] }],
  tasks: [
    {
      ownerLabel: 'JugA',
      ownerId: 'o-juga',
      items: ['Träger einladen'],
      dueLabel: 'Ende Januar 2027',
      dueDate: '2027-01-31',
    },
  ],
} as unknown as Draft;

/** The review as the import page holds it: each change replaces the draft that "Als Sitzung speichern" sends. */
function ReviewPage({ onSave }: { onSave: (draft: Draft) => void }) {
  const [draft, setDraft] = useState(DRAFT);
  return (
    <DraftReview draft={draft} headingRef={{ current: null }} saving={false} onChange={setDraft} onSave={onSave} />
  );
}

function renderReview() {
  const onSave = vi.fn<(draft: Draft) => void>();
  const api = clientAnswering(['ImportOwners', () => ({ data: OWNERS })]);
  render(
    <I18nextProvider i18n={setupI18n(undefined, document.createElement('html'))}>
      <Provider value={api.client}>
        <ReviewPage onSave={onSave} />
      </Provider>
    </I18nextProvider>,
  );
  const save = () => {
    fireEvent.click(screen.getByRole('button', { name: 'Als Sitzung speichern' }));
    return onSave.mock.calls.at(-1)?.[0];
  };
  return { save };
}

describe('reviewing an imported protocol', () => {
  it('shows date, place, host, author, attendees, talks and next steps as read', async () => {
    renderReview();
    expect(screen.getByLabelText('Datum der Sitzung')).toHaveProperty('value', '2027-01-14');
    expect(screen.getByRole('textbox', { name: 'Ort' })).toHaveProperty('value', 'Villa Mittelhof');
    expect(screen.getByRole('textbox', { name: /^Protokoll/ })).toHaveProperty('value', 'Erika Beispiel');
    expect(screen.getByText('(wird als neue Person angelegt)')).toBeTruthy();
    await screen.findAllByRole('option', { name: 'SZ² – Strategisches Zentrum' });
    expect(screen.getByRole('combobox', { name: 'Veranstalter' })).toHaveProperty('value', 'c-sz2');
    expect(screen.getByRole('textbox', { name: 'Anwesend' })).toHaveProperty(
      'value',
      'Ada Muster (Jugendamt)\nBo Beispiel',
    );
    expect(screen.getByText('2 Personen')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Kritik' })).getByText('Platz 1')).toBeTruthy();
    const talks = screen.getByRole('region', { name: 'Beiträge' });
    expect(within(talks).getByText('Beispiel Graz')).toBeTruthy();
    expect(within(talks).getByText('Ingrid Krammer, Graz')).toBeTruthy();
    const step = screen.getByRole('row', { name: /Träger einladen/ });
    expect(within(step).getByRole('textbox', { name: 'Bis wann für „JugA“' })).toHaveProperty(
      'value',
      'Ende Januar 2027',
    );
    expect(within(step).getByText('31.01.2027')).toBeTruthy();
  });

  it('saves what the reviewer corrected: place, author, attendees, talks and a deadline with its new day', async () => {
    const { save } = renderReview();
    await screen.findAllByRole('option', { name: 'SZ² – Strategisches Zentrum' });
    fireEvent.change(screen.getByRole('textbox', { name: 'Ort' }), { target: { value: 'Rathaus Zehlendorf' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Veranstalter' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Protokoll/ }), { target: { value: 'Reinhard Hoffmann' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Anwesend' }), {
      target: { value: 'Ada Muster (Jugendamt)\nCem Zeta (Kita-Verbund)\n' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Beitrag „Beispiel Graz“ nicht übernehmen' }));
    const due = screen.getByRole('textbox', { name: 'Bis wann für „JugA“' });
    fireEvent.change(due, { target: { value: 'nach den Winterferien' } });
    expect(screen.getByText('kein Datum erkannt')).toBeTruthy();
    fireEvent.change(due, { target: { value: 'Ostern 2027' } });
    expect(screen.getByText('28.03.2027')).toBeTruthy();

    expect(save()).toMatchObject({
      place: 'Rathaus Zehlendorf',
      hostCommitteeId: null,
      authorName: 'Reinhard Hoffmann',
      authorId: null,
      attendees: [
        { name: 'Ada Muster', organizationName: 'Jugendamt' },
        { name: 'Cem Zeta', organizationName: 'Kita-Verbund' },
      ],
      contributions: [],
      tasks: [{ ownerLabel: 'JugA', ownerId: 'o-juga', dueLabel: 'Ostern 2027', dueDate: '2027-03-28' }],
    });
    expect(screen.getByText('Im Text wurden keine Beiträge erkannt.')).toBeTruthy();
  });
});
