// @vitest-environment node
import { readFileSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * jsdom lays nothing out, so the dialogs' fit is checked in Chromium with the
 * kit's stylesheet. Radix renders a dialog's portal only in the browser, so
 * the page holds the markup DialogFrame and ConfirmDialog give a dialog: the
 * `fiko` layer root with the dialog class, title, description, content and
 * footer.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const STYLES = readFileSync(new URL('../styles.css', import.meta.url), 'utf8');
const LONG_NAME = 'A'.repeat(80);

let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
});

function dialogPage(options: { dir: 'ltr' | 'rtl'; paragraphs: number }) {
  const body = Array.from(
    { length: options.paragraphs },
    (_, index) => `<p>Permission ${index + 1}: full → none</p>`,
  ).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Dialog</title>
<style>${STYLES}</style><style>body { margin: 0; }</style></head>
<body>
<div class="fiko fiko-overlay" data-slot="dialog-overlay"></div>
<div class="fiko fiko-dialog" role="alertdialog" dir="${options.dir}"
  data-slot="remove-member-confirm" aria-labelledby="title">
  <h2 id="title" class="fiko-dialog-title">Delete ${LONG_NAME}?</h2>
  <p class="fiko-dialog-description">This is permanent. ${LONG_NAME}'s history stays intact.</p>
  ${body}
  <div class="fiko-dialog-footer" data-slot="dialog-footer">
    <button type="button" class="fiko-button">Keep invitation</button>
    <button type="button" class="fiko-button fiko-button-primary">Cancel invitation</button>
  </div>
</div>
</body></html>`;
}

/*
 * 360 × 640 is a small phone; 640 × 400 is a 1280 × 800 window at 200% zoom,
 * which lays the page out in as many CSS pixels.
 */
const SCREENS = [
  { name: 'a 360px phone', width: 360, height: 640 },
  { name: '200% zoom', width: 640, height: 400 },
];

describe.each(['ltr', 'rtl'] as const)('given a dialog (%s)', (dir) => {
  it.each(SCREENS)(
    'should fit on $name, wrap a long name in its title and scroll inside',
    async ({ width, height }) => {
      const page = await browser.newPage({ viewport: { width, height } });
      await page.setContent(dialogPage({ dir, paragraphs: 30 }));
      const result = await page.evaluate(() => {
        const dialog = document.querySelector<HTMLElement>('.fiko-dialog')!;
        const title = dialog.querySelector<HTMLElement>('.fiko-dialog-title')!;
        const footer = dialog.querySelector<HTMLElement>('.fiko-dialog-footer')!;
        const box = dialog.getBoundingClientRect();
        dialog.scrollTop = dialog.scrollHeight;
        const footerBox = footer.getBoundingClientRect();
        const after = dialog.getBoundingClientRect();
        return {
          box: { left: box.left, right: box.right, top: box.top, bottom: box.bottom },
          sideways: dialog.scrollWidth - dialog.clientWidth,
          titleOverflow: title.scrollWidth - title.clientWidth,
          scrollsInside: dialog.scrollHeight > dialog.clientHeight,
          footerReachable:
            footerBox.bottom <= after.bottom + 0.5 && footerBox.top >= after.top - 0.5,
          pageSideways: document.documentElement.scrollWidth - window.innerWidth,
        };
      });
      await page.close();

      expect(result.box.left).toBeGreaterThanOrEqual(0);
      expect(result.box.right).toBeLessThanOrEqual(width);
      expect(result.box.top).toBeGreaterThanOrEqual(0);
      expect(result.box.bottom).toBeLessThanOrEqual(height);
      expect(result.sideways).toBeLessThanOrEqual(0);
      expect(result.titleOverflow).toBeLessThanOrEqual(0);
      expect(result.scrollsInside).toBe(true);
      expect(result.footerReachable).toBe(true);
      expect(result.pageSideways).toBeLessThanOrEqual(0);
    },
  );
});
