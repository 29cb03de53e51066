import { describe, expect, it } from 'vitest';
import { BOARD_ROUTE, initialJsGzipBytes } from '../../scripts/bundle-size';
import { CLIENT_DIR } from './support/build-client';

// The budget for the first load: phones on a venue's wifi must get going quickly.
const INITIAL_JS_BUDGET = 200 * 1024;

describe('bundle size', () => {
  it('keeps the JavaScript of the first page load within 200 KB gzip', () => {
    expect(initialJsGzipBytes(CLIENT_DIR)).toBeLessThanOrEqual(INITIAL_JS_BUDGET);
  });

  it('keeps the workshop board, Yjs included, within 200 KB gzip when it is the first page opened', () => {
    const board = initialJsGzipBytes(CLIENT_DIR, BOARD_ROUTE);
    expect(board).toBeGreaterThan(initialJsGzipBytes(CLIENT_DIR));
    expect(board).toBeLessThanOrEqual(INITIAL_JS_BUDGET);
  });
});
