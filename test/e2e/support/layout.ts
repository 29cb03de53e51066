import type { Page } from 'playwright-core';

/** How many pixels the page is wider than its window (0 or less: no sideways scrolling). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}
