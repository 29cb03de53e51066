import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionClient } from '../support/auth';
import { seriousViolations } from './support/axe';
import { DEMO, type E2E, PHONE, startE2E } from './support/browser';
import { sidewaysOverflow } from './support/layout';

/** The seed protocol as text, the way people would upload it. */
const SEED_TEXT = 'server/seed/protokoll-sz2-2012-10-19.txt';

describe('protocol import page', () => {
  let e2e: E2E;
  /** Importing creates a meeting: members of a committee may, and admins, who hold every role. */
  let admin: SessionClient;
  const meetingCount = async () =>
    (await admin.gql<{ meetings: unknown[] }>('{ meetings { id } }')).data!.meetings.length;
  beforeAll(async () => {
    e2e = await startE2E({ demo: true });
    admin = await e2e.api(DEMO.admin);
  });
  afterAll(() => e2e?.close());

  it('refuses someone who may not create meetings, and creates nothing', async () => {
    const before = await meetingCount();
    // The demo participant is a member of no committee.
    const page = await e2e.newPage({ as: DEMO.participant });
    await page.goto(e2e.url('/meetings/import'));
    await page.getByRole('textbox', { name: 'Protokolltext' }).fill('Protokoll der Sitzung vom 05.03.2013');
    await page.getByRole('button', { name: 'Vorschau' }).click();
    await page.getByText('Dazu fehlt Ihnen die Berechtigung.').waitFor();
    expect(await page.getByRole('region', { name: 'Entwurf prüfen' }).count()).toBe(0);
    expect(await meetingCount()).toBe(before);
  });

  it('reads the seed protocol from a file into a draft for review, and saves it as a meeting', async () => {
    const page = await e2e.newPage({ as: DEMO.admin });
    await page.goto(e2e.url('/'));
    await page.getByRole('link', { name: 'Protokoll importieren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Protokoll importieren' }).waitFor();

    await page.getByLabel('Textdatei (.txt)').setInputFiles(SEED_TEXT);
    await expect
      .poll(async () => (await page.getByRole('textbox', { name: 'Protokolltext' }).inputValue()).length)
      .toBeGreaterThan(10_000);
    await page.getByRole('button', { name: 'Vorschau' }).click();

    const review = page.getByRole('region', { name: 'Entwurf prüfen' });
    await review.waitFor();
    expect(await review.getByRole('textbox', { name: 'Titel' }).inputValue()).toBe(
      'Protokoll der Veranstaltung vom 19.10.2012',
    );
    expect(await review.getByLabel('Datum der Sitzung').inputValue()).toBe('2012-10-19');
    const tables = review.getByRole('region');
    expect(await tables.getByRole('heading', { level: 4 }).allTextContents()).toEqual([
      'Chancen',
      'Kritik',
      'Konkretion – Realisierung',
    ]);
    expect(await tables.filter({ hasText: 'Kritik' }).getByRole('listitem').count()).toBe(23);

    const steps = review.getByRole('row');
    expect(await steps.count()).toBe(4);
    const easter = steps.filter({ hasText: 'Modell für SZ entwickeln' });
    expect(await easter.getByRole('cell').nth(2).textContent()).toBe('Ostern 201331.03.2013');
    expect(await easter.getByRole('combobox').inputValue()).not.toBe('');
    expect(await review.getByText('nicht erkannt').count()).toBe(0);
    await e2e.screenshot(page, 'protocol-import-review');
    expect(await seriousViolations(page)).toEqual([]);

    await review.getByRole('button', { name: 'Als Sitzung speichern' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Protokoll der Veranstaltung vom 19.10.2012', exact: true })
      .waitFor();
    const { data } = await admin.gql<{
      meetings: {
        title: string;
        workingTables: { positions: unknown[] }[];
        tasks: { dueLabel: string; dueDate: string }[];
      }[];
    }>('{ meetings { title workingTables { positions { id } } tasks { dueLabel dueDate } } }');
    const imported = data!.meetings.find((meeting) => meeting.title === 'Protokoll der Veranstaltung vom 19.10.2012')!;
    expect(imported.workingTables.map((table) => table.positions.length)).toEqual([20, 23, 10]);
    expect(imported.tasks).toContainEqual({ dueLabel: 'Ostern 2013', dueDate: '2013-03-31' });
  });

  it('flags owners it cannot match and saves only once each is chosen', async () => {
    const page = await e2e.newPage({ viewport: PHONE, as: DEMO.admin });
    await page.goto(e2e.url('/meetings/import'));
    const text = [
      'Protokoll der Sitzung vom 05.03.2013',
      '',
      'Nächste Schritte',
      'Wer\tWas\tBis wann',
      'Kita-Verbund\tKonzept schreiben\tMai 2013',
      'JugA\tTräger einladen\tApril 2013',
    ].join('\n');
    await page.getByRole('textbox', { name: 'Protokolltext' }).fill(text);
    await page.getByRole('button', { name: 'Vorschau' }).click();
    const review = page.getByRole('region', { name: 'Entwurf prüfen' });
    await review.waitFor();
    const save = review.getByRole('button', { name: 'Als Sitzung speichern' });
    expect(await review.getByText('nicht erkannt').count()).toBe(1);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await e2e.screenshot(page, 'protocol-import-phone');
    expect(await seriousViolations(page)).toEqual([]);
    expect(await review.getByText('bei 1 Schritt, wer zuständig ist').isVisible()).toBe(true);
    expect(await save.isDisabled()).toBe(true);

    await review
      .getByRole('combobox', { name: 'Zuständig für „Kita-Verbund“' })
      .selectOption({ label: 'AG – AG nach § 78 SGB VIII' });
    expect(await review.getByText('nicht erkannt').count()).toBe(0);
    await save.click();
    await page.getByRole('heading', { level: 1, name: 'Protokoll der Sitzung vom 05.03.2013', exact: true }).waitFor();
    const { data } = await admin.gql<{ tasks: { ownerLabel: string; owner: { shortName: string } }[] }>(
      '{ tasks(filter: { dueBefore: "2013-05-31" }) { ownerLabel owner { ... on Committee { shortName } ... on Organization { shortName } } } }',
    );
    expect(data!.tasks).toContainEqual({ ownerLabel: 'Kita-Verbund', owner: { shortName: 'AG' } });
  });
});
