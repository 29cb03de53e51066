import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionClient } from '../support/auth';
import { demoMeetingId } from '../support/factories';
import { seriousViolations } from './support/axe';
import { DEMO, type E2E, PHONE, startE2E } from './support/browser';
import { sidewaysOverflow } from './support/layout';

describe('protocol page', () => {
  let e2e: E2E;
  /** The demo meeting's facilitator, who writes and publishes its protocol. */
  let facilitator: SessionClient;
  let meetingId: string;
  beforeAll(async () => {
    e2e = await startE2E({ demo: true });
    facilitator = await e2e.api(DEMO.facilitator);
    meetingId = await demoMeetingId(facilitator);
  });
  afterAll(() => e2e?.close());

  const open = async (page: Page) => {
    await page.goto(e2e.url(`/meetings/${meetingId}/protocol`));
    await page.getByRole('heading', { level: 1, name: 'Protokoll' }).waitFor();
  };
  const versions = async () =>
    (
      await facilitator.gql<{ protocolVersions: { number: number }[] }>(
        'query($id: ID!) { protocolVersions(meetingId: $id) { number } }',
        { id: meetingId },
      )
    ).data!.protocolVersions.map((version) => version.number);

  it("lets a participant read and download the protocol, without the facilitators' sections and publishing", async () => {
    const page = await e2e.newPage({ as: DEMO.participant });
    await open(page);
    const document = page.getByRole('region', { name: 'Entwurf' });
    await document.getByRole('cell', { name: 'Ostern 2013 (31.03.2013)' }).waitFor();
    expect(await page.getByRole('link', { name: 'PDF' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Abschnitt hinzufügen' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Veröffentlichen' }).count()).toBe(0);
  });

  it('leads from the meeting to its protocol: the three tables, and the next steps with their dates', async () => {
    const page = await e2e.newPage({ as: DEMO.facilitator });
    await page.goto(e2e.url(`/meetings/${meetingId}`));
    await page.getByRole('link', { name: 'Protokoll ansehen, ergänzen und veröffentlichen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Protokoll' }).waitFor();

    const document = page.getByRole('region', { name: 'Entwurf' });
    for (const table of ['Chancen', 'Kritik', 'Konkretion – Realisierung']) {
      await document.getByRole('heading', { level: 4, name: table, exact: true }).waitFor();
    }
    expect(await document.getByRole('cell', { name: 'Ostern 2013 (31.03.2013)' }).isVisible()).toBe(true);
    expect(await document.getByRole('cell', { name: 'November 2012 (30.11.2012)' }).isVisible()).toBe(true);
    expect(await document.getByText('Reinhard Hoffmann').isVisible()).toBe(true);
    // The footnote link stays inside the page.
    expect(await document.locator('sup a').getAttribute('href')).toBe('#protocol-fn1');

    const pdf = page.getByRole('link', { name: 'PDF' });
    expect(await pdf.getAttribute('href')).toBe(`/meetings/${meetingId}/protocol.pdf?lang=de`);
    const download = await fetch(e2e.url((await pdf.getAttribute('href'))!), { headers: facilitator.headers });
    expect(download.headers.get('content-type')).toContain('application/pdf');
    await e2e.screenshot(page, 'protocol');
  });

  it('shows what people typed as text, never as markup', async () => {
    const injected = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const created = await facilitator.gql<{ createProtocolSection: { id: string } }>(
      'mutation($input: CreateProtocolSectionInput!) { createProtocolSection(input: $input) { id } }',
      { input: { meetingId, title: '<b>Fett</b>', body: injected } },
    );
    const page = await e2e.newPage({ as: DEMO.facilitator });
    await open(page);
    const document = page.getByRole('region', { name: 'Entwurf' });
    await document.getByRole('heading', { name: '<b>Fett</b>' }).waitFor();
    expect(await document.getByText(injected).isVisible()).toBe(true);
    expect(await document.locator('img, script, b').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

    await facilitator.gql('mutation($id: ID!) { deleteProtocolSection(id: $id) }', {
      id: created.data!.createProtocolSection.id,
    });
  });

  it('publishes an added section as version 1, and an edited one as version 2 with the changes shown', async () => {
    const page = await e2e.newPage({ as: DEMO.facilitator });
    await open(page);
    const document = page.getByRole('region', { name: 'Entwurf' });

    await page.getByRole('button', { name: 'Abschnitt hinzufügen' }).click();
    const form = page.getByRole('form', { name: 'Neuer Abschnitt' });
    await form.getByRole('textbox', { name: 'Überschrift' }).fill('Diskussion');
    await form
      .getByRole('textbox', { name: 'Text' })
      .fill('Die Runde begrüßt das Modell.\n\nOffen bleibt die Finanzierung.');
    await form.getByRole('button', { name: 'Speichern' }).click();
    await document.getByRole('heading', { level: 3, name: 'Diskussion' }).waitFor();
    expect(await document.getByText('Offen bleibt die Finanzierung.').isVisible()).toBe(true);

    const publish = async () => {
      await page.getByRole('button', { name: 'Veröffentlichen' }).click();
      const dialog = page.getByRole('dialog', { name: 'Protokoll veröffentlichen?' });
      await dialog.getByRole('button', { name: 'Veröffentlichen' }).click();
    };
    await publish();
    await page.getByText('Fassung 1 ist veröffentlicht.').waitFor();
    expect(await versions()).toEqual([1]);

    await page.getByRole('button', { name: 'Abschnitt „Diskussion“ bearbeiten' }).click();
    const edit = page.getByRole('form', { name: 'Abschnitt „Diskussion“ bearbeiten' });
    await edit
      .getByRole('textbox', { name: 'Text' })
      .fill('Die Runde begrüßt das Modell.\n\nDie Finanzierung klärt das JugA bis November.');
    await edit.getByRole('button', { name: 'Speichern' }).click();
    await document.getByText('Die Finanzierung klärt das JugA bis November.').waitFor();

    await publish();
    await page.getByText('Fassung 2 ist veröffentlicht.').waitFor();
    expect(await versions()).toEqual([2, 1]);

    const changes = page.getByRole('region', { name: 'Änderungen' });
    await expect.poll(() => changes.getByRole('status').textContent()).toBe('1 Zeile hinzugefügt, 1 entfernt');
    expect(await changes.locator('ins').textContent()).toBe(
      'Hinzugefügt: Die Finanzierung klärt das JugA bis November.',
    );
    expect(await changes.locator('del').textContent()).toBe('Entfernt: Offen bleibt die Finanzierung.');
    await e2e.screenshot(page, 'protocol-diff');

    // A published version reads as it was frozen, and its downloads name it.
    const listed = page.getByRole('region', { name: 'Fassungen' }).getByRole('link');
    expect(await listed.allTextContents()).toEqual([
      'Entwurf (aktueller Stand)',
      expect.stringMatching(/^Fassung 2 vom /),
      expect.stringMatching(/^Fassung 1 vom /),
    ]);
    await listed.nth(2).click();
    await expect.poll(() => page.getByRole('combobox', { name: 'Anzeigen' }).inputValue()).toBe('1');
    const first = page.getByRole('region', { name: /^Fassung 1 vom/ });
    await first.getByText('Offen bleibt die Finanzierung.').waitFor();
    expect(await page.getByRole('link', { name: 'Markdown' }).getAttribute('href')).toBe(
      `/meetings/${meetingId}/protocol.md?lang=de&version=1`,
    );
  });

  it('moves and deletes sections, asking before it deletes', async () => {
    const page = await e2e.newPage({ as: DEMO.facilitator });
    await open(page);
    await page.getByRole('button', { name: 'Abschnitt hinzufügen' }).click();
    const form = page.getByRole('form', { name: 'Neuer Abschnitt' });
    await form.getByRole('textbox', { name: 'Überschrift' }).fill('Ausblick');
    await form.getByRole('button', { name: 'Speichern' }).click();

    const sections = page.getByRole('region', { name: 'Eigene Abschnitte' }).getByRole('heading', { level: 3 });
    await expect.poll(() => sections.allTextContents()).toEqual(['Diskussion', 'Ausblick']);
    await page.getByRole('button', { name: '„Ausblick“ nach oben' }).click();
    await expect.poll(() => sections.allTextContents()).toEqual(['Ausblick', 'Diskussion']);
    const document = page.getByRole('region', { name: 'Entwurf' }).getByRole('heading', { level: 3 });
    await expect
      .poll(async () => (await document.allTextContents()).filter((h) => h === 'Ausblick' || h === 'Diskussion'))
      .toEqual(['Ausblick', 'Diskussion']);

    await page.getByRole('button', { name: '„Ausblick“ löschen' }).click();
    await page.getByRole('dialog', { name: 'Abschnitt löschen?' }).getByRole('button', { name: 'Abbrechen' }).click();
    expect(await sections.allTextContents()).toEqual(['Ausblick', 'Diskussion']);
    await page.getByRole('button', { name: '„Ausblick“ löschen' }).click();
    await page.getByRole('dialog', { name: 'Abschnitt löschen?' }).getByRole('button', { name: 'Löschen' }).click();
    await expect.poll(() => sections.allTextContents()).toEqual(['Diskussion']);
  });

  it('speaks English when the interface does, keeping what people wrote', async () => {
    const page = await e2e.newPage({ as: DEMO.facilitator });
    await open(page);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Minutes' }).waitFor();
    const document = page.getByRole('region', { name: 'Draft' });
    await document.getByRole('columnheader', { name: 'By when' }).waitFor();
    expect(await document.getByRole('cell', { name: 'Ostern 2013 (31 March 2013)' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Word (DOCX)' }).getAttribute('href')).toBe(
      `/meetings/${meetingId}/protocol.docx?lang=en`,
    );
  });

  for (const viewport of [undefined, PHONE]) {
    it(`finds no serious or critical accessibility violations${viewport ? ' on a phone' : ''}`, async () => {
      const page = await e2e.newPage({ viewport, as: DEMO.facilitator });
      await open(page);
      await page.getByRole('cell', { name: 'Ostern 2013 (31.03.2013)' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await page.getByRole('button', { name: 'Veröffentlichen' }).click();
      expect(await seriousViolations(page)).toEqual([]);
      if (viewport) await e2e.screenshot(page, 'protocol-phone-publish');
    });
  }
});
