import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoMeetingId } from '../support/factories';
import { seriousViolations } from './support/axe';
import { DEMO, type E2E, PHONE, startE2E } from './support/browser';

describe('running a workshop from the facilitator console', () => {
  let e2e: E2E;
  let meetingId: string;
  beforeAll(async () => {
    e2e = await startE2E({ demo: true });
    meetingId = await demoMeetingId(await e2e.api(DEMO.facilitator));
  });
  afterAll(() => e2e?.close());

  it('refuses the console to participants with a message', async () => {
    const page = await e2e.newPage({ as: DEMO.participant });
    await page.goto(e2e.url(`/meetings/${meetingId}/console`));
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('Die Moderation steht nur den Moderierenden dieser Sitzung offen.');
    expect(await page.getByRole('button', { name: 'Reihenfolge bestätigen' }).count()).toBe(0);
  });

  it('shows the console to the facilitator, linked from the meeting page, accessible on a laptop and a phone', async () => {
    const page = await e2e.newPage({ as: DEMO.facilitator, viewport: { width: 1280, height: 800 } });
    await page.goto(e2e.url(`/meetings/${meetingId}`));
    await page.getByRole('link', { name: 'Moderation öffnen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Moderation' }).waitFor();
    expect(await page.getByRole('button', { name: 'Vorbereiten' }).getAttribute('aria-current')).toBe('step');
    expect(await seriousViolations(page)).toEqual([]);
    await e2e.screenshot(page, 'console');

    const phone = await e2e.newPage({ as: DEMO.facilitator, viewport: PHONE });
    await phone.goto(e2e.url(`/meetings/${meetingId}/console`));
    await phone.getByRole('heading', { level: 1, name: 'Moderation' }).waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(phone)).toEqual([]);
    await e2e.screenshot(phone, 'console-phone');
  });
});
