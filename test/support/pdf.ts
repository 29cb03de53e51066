import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const pdfjsRoot = path.dirname(require.resolve('pdfjs-dist/package.json'));

/** The text of each page, as pdf.js (the legacy build made for Node) reads it. */
export async function pdfPageTexts(pdf: Buffer): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({
    data: new Uint8Array(pdf),
    standardFontDataUrl: `${pdfjsRoot}/standard_fonts/`,
    verbosity: 0,
  }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  await doc.destroy();
  return pages;
}

const ORIGIN = 'http://pdf.test';

const PAGE = `<!doctype html><meta charset="utf-8"><canvas id="page"></canvas>
<script type="module">
  import * as pdfjs from '/pdfjs/build/pdf.mjs';
  pdfjs.GlobalWorkerOptions.workerSrc = '/pdfjs/build/pdf.worker.mjs';
  const doc = await pdfjs.getDocument({ url: '/document.pdf', standardFontDataUrl: '/pdfjs/standard_fonts/' }).promise;
  const page = await doc.getPage(1);
  const viewport = page.getViewport({ scale: 1.5 });
  const canvas = document.getElementById('page');
  canvas.width = viewport.width;
  canvas.height = viewport.height;
  const context = canvas.getContext('2d');
  await page.render({ canvasContext: context, viewport }).promise;
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
  let inked = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i] < 128 && pixels[i + 3] > 0) inked++;
  window.rendered = { width: canvas.width, height: canvas.height, inked };
</script>`;

export interface RenderedPage {
  width: number;
  height: number;
  /** Dark pixels: text actually drawn. */
  inked: number;
}

/**
 * Renders page 1 of `pdf` with pdf.js inside Debian's Chromium and saves a PNG screenshot to
 * `pngFile`. Everything the page loads is served from memory and node_modules: no network.
 */
export async function renderFirstPdfPage(pdf: Buffer, pngFile: string): Promise<RenderedPage> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    await page.route(`${ORIGIN}/**`, async (route) => {
      const { pathname } = new URL(route.request().url());
      if (pathname === '/') return route.fulfill({ contentType: 'text/html', body: PAGE });
      if (pathname === '/document.pdf') return route.fulfill({ contentType: 'application/pdf', body: pdf });
      if (pathname.startsWith('/pdfjs/')) {
        const file = path.join(pdfjsRoot, path.normalize(pathname.slice('/pdfjs/'.length)));
        const contentType = file.endsWith('.mjs') ? 'text/javascript' : 'application/octet-stream';
        return route.fulfill({ path: file, contentType });
      }
      return route.fulfill({ status: 404 });
    });
    await page.goto(`${ORIGIN}/`);
    const rendered = await page.waitForFunction(
      () => (window as unknown as { rendered?: RenderedPage }).rendered,
      null,
      {
        timeout: 20_000,
      },
    );
    await mkdir(path.dirname(pngFile), { recursive: true });
    await page.locator('#page').screenshot({ path: pngFile });
    return (await rendered.jsonValue()) as RenderedPage;
  } finally {
    await browser.close();
  }
}
