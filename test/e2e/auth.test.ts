import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RATE_LIMITS } from '../../server/graphql/rate-limits';
import { readDemoAccounts } from '../../server/seed/seed-data';
import { DEMO, type E2E, PHONE, startE2E } from './support/browser';

const MEETING = 'Alternative Formen sozialräumlicher Finanzierung – Umsetzung in Steglitz-Zehlendorf';

/** Signs in through the real sign-in page, as a person would. */
async function signInThroughPage(page: Page, email: string, password: string) {
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort').fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
}

describe('signing in, joining and signing out', () => {
  let e2e: E2E;
  let password: string;
  let meetingId: string;
  beforeAll(async () => {
    e2e = await startE2E({ demo: true });
    password = (await readDemoAccounts()).password;
    const facilitator = await e2e.api(DEMO.facilitator);
    meetingId = (await facilitator.gql('{ meetings { id } }')).data!.meetings[0].id;
    const published = await facilitator.gql(
      `mutation ($id: ID!) { updateMeeting(id: $id, input: { published: true }) { publishedAt } }`,
      { id: meetingId },
    );
    expect(published.errors).toBeUndefined();
  });
  afterAll(() => e2e?.close());

  it('shows anonymous visitors the published summaries and the ways in', async () => {
    const page = await e2e.newPage();
    await page.goto(e2e.url('/'));
    await page.getByRole('heading', { level: 1, name: 'Willkommen bei Planwerk' }).waitFor();
    const published = page.getByRole('region', { name: 'Veröffentlichte Sitzungen' });
    await published.getByRole('heading', { name: MEETING }).waitFor();
    expect(await published.getByText('Freitag, 19.10.2012').isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Mit Code beitreten' }).getAttribute('href')).toBe('/join');
    // Nothing in the shell leads to pages that need a session.
    expect(await page.getByRole('navigation', { name: 'Hauptnavigation' }).count()).toBe(0);
    await e2e.screenshot(page, 'start-anonymous');
  });

  it('sends a visitor to sign in, says when the password is wrong, and brings them back after signing in', async () => {
    const page = await e2e.newPage();
    await page.goto(e2e.url('/tasks?view=all'));
    await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe('/tasks?view=all');

    await signInThroughPage(page, DEMO.facilitator, 'falsches-passwort');
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('E-Mail-Adresse oder Passwort stimmen nicht.');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await e2e.screenshot(page, 'sign-in-refused');

    await signInThroughPage(page, DEMO.facilitator, password);
    await page.getByRole('heading', { level: 1, name: 'Nächste Schritte' }).waitFor();
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/tasks?view=all');
    const banner = page.getByRole('banner');
    // Name and role; Reinhard Hoffmann has no organisation in the demo data.
    expect(await banner.getByText('Reinhard Hoffmann').isVisible()).toBe(true);
    expect(await banner.getByText('Angemeldet', { exact: true }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Live' }).count()).toBe(1);

    await banner.getByRole('button', { name: 'Abmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Willkommen bei Planwerk' }).waitFor();
    await page.goto(e2e.url('/tasks'));
    await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
  });

  it('lets the facilitator open joining and shows the code big, with its link and QR code; a guest joins with it', async () => {
    const facilitator = await e2e.newPage({ as: DEMO.facilitator, viewport: { width: 1920, height: 1080 } });
    await facilitator.goto(e2e.url(`/meetings/${meetingId}`));
    const panel = facilitator.getByRole('region', { name: 'Gäste beitreten lassen' });
    await panel.getByRole('button', { name: 'Beitritt öffnen' }).click();

    const qr = panel.getByRole('img', { name: /^QR-Code zum Beitreten; er führt zu http/ });
    await qr.waitFor();
    const codeText = panel.getByText(/^[A-Z2-9]{3} [A-Z2-9]{3}$/);
    const shown = (await codeText.textContent())!;
    expect(shown).toMatch(/^[A-HJKMNP-Z2-9]{3} [A-HJKMNP-Z2-9]{3}$/);
    const code = shown.replace(' ', '');
    const link = e2e.url(`/join/${code}`);
    expect(await panel.getByText(link, { exact: true }).isVisible()).toBe(true);
    expect(await qr.getAttribute('alt')).toBe(`QR-Code zum Beitreten; er führt zu ${link}`);
    expect(await qr.evaluate((image: HTMLImageElement) => image.naturalWidth > 0)).toBe(true);
    await e2e.screenshot(facilitator, 'join-panel-projector');

    // A phone at a working table: the code typed in lower case with a space.
    const guest = await e2e.newPage({ viewport: PHONE });
    await guest.goto(e2e.url('/join'));
    await guest.getByLabel('Beitrittscode').fill(`${code.slice(0, 3).toLowerCase()} ${code.slice(3).toLowerCase()}`);
    await guest.getByLabel('Ihr Name').fill('Petra Gast');
    await guest.getByLabel('Organisation (freiwillig)').fill('Jugendamt Mitte');
    await guest.getByRole('button', { name: 'Beitreten' }).click();
    await guest.getByRole('heading', { level: 1, name: MEETING }).waitFor();
    expect(new URL(guest.url()).pathname).toBe(`/meetings/${meetingId}`);
    expect(await guest.getByRole('banner').getByText('Petra Gast').isVisible()).toBe(true);
    expect(await guest.getByRole('banner').getByText('Gast · Jugendamt Mitte').isVisible()).toBe(true);
    // Guests do not control joining.
    expect(await guest.getByRole('region', { name: 'Gäste beitreten lassen' }).count()).toBe(0);
    expect(await guest.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await e2e.screenshot(guest, 'joined-phone');

    // A new code: the old one stops working; the link of the new one fills the form.
    await panel.getByRole('button', { name: 'Neuen Code erzeugen' }).click();
    await expect.poll(() => codeText.textContent()).not.toBe(shown);
    const late = await e2e.newPage({ viewport: PHONE });
    await late.goto(e2e.url(`/join/${code}`));
    expect(await late.getByLabel('Beitrittscode').inputValue()).toBe(code);
    await late.getByLabel('Ihr Name').fill('Zu spät');
    await late.getByRole('button', { name: 'Beitreten' }).click();
    await expect
      .poll(() => late.getByRole('alert').textContent())
      .toBe('Mit diesem Code ist gerade keine Sitzung zum Beitreten geöffnet. Bitte prüfen Sie den Code.');

    await panel.getByRole('button', { name: 'Beitritt schließen' }).click();
    await panel.getByRole('button', { name: 'Beitritt öffnen' }).waitFor();
    expect(await panel.getByRole('img').count()).toBe(0);
  });

  it('checks a typed code before sending it', async () => {
    const page = await e2e.newPage({ viewport: PHONE });
    await page.goto(e2e.url('/join'));
    const code = page.getByLabel('Beitrittscode');
    await code.fill('AB0 K7X');
    await page.getByLabel('Ihr Name').fill('Gast');
    await page.getByRole('button', { name: 'Beitreten' }).click();
    expect(await code.getAttribute('aria-invalid')).toBe('true');
    expect(
      await page.getByText('Der Code hat 6 Zeichen aus Buchstaben und Ziffern (ohne 0, O, 1, I und L).').isVisible(),
    ).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await e2e.screenshot(page, 'join-phone');
  });

  it('lets an invited person set a password with the link and be signed in', async () => {
    const admin = await e2e.api(DEMO.admin);
    const { data, errors } = await admin.gql(
      `mutation ($input: InviteAccountInput!) { inviteAccount(input: $input) { token } }`,
      { input: { email: 'neue.sprecherin@planwerk.example', name: 'Nora Neu' } },
    );
    expect(errors).toBeUndefined();
    const page = await e2e.newPage();
    await page.goto(e2e.url(`/invitation/${data!.inviteAccount.token}`));
    await page.getByRole('heading', { level: 1, name: 'Passwort festlegen' }).waitFor();

    await page.getByLabel('Neues Passwort').fill('ein-gutes-passwort');
    await page.getByLabel('Passwort wiederholen').fill('ein-anderes-passwort');
    await page.getByRole('button', { name: 'Passwort speichern' }).click();
    expect(await page.getByText('Die beiden Eingaben stimmen nicht überein.').isVisible()).toBe(true);

    await page.getByLabel('Passwort wiederholen').fill('ein-gutes-passwort');
    await page.getByRole('button', { name: 'Passwort speichern' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sitzungen' }).waitFor();
    expect(await page.getByRole('banner').getByText('Nora Neu').isVisible()).toBe(true);

    // The link works once.
    const again = await e2e.newPage();
    await again.goto(e2e.url(`/invitation/${data!.inviteAccount.token}`));
    await again.getByLabel('Neues Passwort').fill('noch-ein-passwort');
    await again.getByLabel('Passwort wiederholen').fill('noch-ein-passwort');
    await again.getByRole('button', { name: 'Passwort speichern' }).click();
    await expect.poll(() => again.getByRole('alert').textContent()).toContain('Dieser Einladungslink ist unbekannt');
  });
});

describe('signing in after too many wrong passwords', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E({
      demo: true,
      rateLimits: { ...RATE_LIMITS, failedSecretsPerSubject: { points: 2, duration: 15 * 60 } },
    });
  });
  afterAll(() => e2e?.close());

  it('says how long to wait', async () => {
    const page = await e2e.newPage();
    await page.goto(e2e.url('/sign-in'));
    for (const attempt of [1, 2]) {
      await signInThroughPage(page, DEMO.facilitator, `falsch-${attempt}`);
      await expect
        .poll(() => page.getByRole('alert').textContent())
        .toBe('E-Mail-Adresse oder Passwort stimmen nicht.');
    }
    await signInThroughPage(page, DEMO.facilitator, (await readDemoAccounts()).password);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('Zu viele Versuche. Bitte versuchen Sie es in 15 Minuten erneut.');
  });
});
