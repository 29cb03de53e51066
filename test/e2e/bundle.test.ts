import { describe, expect, it } from 'vitest';
import { initialJsGzipBytes } from '../../scripts/bundle-size';
import { CLIENT_DIR } from './support/build-client';

// The budget for the first load: phones on a venue's wifi must get going quickly.
const INITIAL_JS_BUDGET = 200 * 1024;

describe('bundle size', () => {
  it('keeps the JavaScript of the first page load within 200 KB gzip', () => {
    expect(initialJsGzipBytes(CLIENT_DIR)).toBeLessThanOrEqual(INITIAL_JS_BUDGET);
  });
});
