// The height the page and the widget reserve for step 1, against step 1 as it renders in the fonts
// partners' pages use, at phone to desktop widths: the article below must not move when the widget
// appears, and once the reader moves on no step keeps a blank gap under it.
import { describe, expect, test } from 'vitest';
import { layoutShift, openPartnerPage } from '../../tools/browser/browser';
import { partnerSetup } from './partner-setup';

const setup = partnerSetup();

// The widget inherits the page's font family; these stand for the fonts readers meet.
const FONTS = {
  serif: 'Georgia, serif',
  'Arial-like': '"Liberation Sans", Arial, Helvetica, sans-serif',
  'system-ui': 'system-ui, sans-serif',
  'DejaVu Sans (wide)': '"DejaVu Sans", sans-serif',
};
const WIDTHS = [320, 360, 375, 412, 1280];
const CASES = Object.entries(FONTS).flatMap(([font, family]) =>
  WIDTHS.map((width) => ({ font, family, width })),
);

describe('the reserved height', () => {
  test('is what the README tells partners to reserve', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync('README.md', 'utf8');
    const host = readFileSync('embed/host.css', 'utf8');
    for (const rem of ['46rem', '54rem', '56rem']) {
      expect(readme).toContain(`min-height: ${rem}`);
      expect(host).toContain(`var(--pfw-reserved-height, ${rem})`);
    }
  });

  test.each(CASES)(
    'holds step 1 in $font at $width px, and lets go once the reader moves on',
    async ({ family, width }) => {
      // The font is in the page before its first paint, as a partner's stylesheet would be.
      const { context, page } = await openPartnerPage(
        setup.browser,
        `${setup.servers.host.origin}/plain.html`,
        { width, height: 800 },
        async (context) => {
          await context.route('**/plain.html', async (route) => {
            const response = await route.fetch();
            const style = `<style>body { font-family: ${family} }</style></head>`;
            await route.fulfill({ response, body: (await response.text()).replace('</head>', style) });
          });
        },
      );
      await page.locator('personal-factors .pfw-step').waitFor();
      const sizes = () =>
        page.evaluate(() => {
          const element = document.querySelector('personal-factors') as HTMLElement;
          const frame = element.shadowRoot!.querySelector('.pfw-frame') as HTMLElement;
          return {
            box: element.getBoundingClientRect().height,
            content: frame.querySelector('.pfw')!.getBoundingClientRect().height,
            reserved: Number.parseFloat(getComputedStyle(frame).minHeight) || 0,
          };
        });
      const onLoad = await sizes();
      expect(onLoad.reserved).toBeGreaterThan(0);
      expect(onLoad.content).toBeLessThanOrEqual(onLoad.reserved);
      expect(await layoutShift(page)).toBe(0);

      await page.locator('personal-factors').getByRole('button', { name: 'Next' }).click();
      await page.locator('personal-factors h3', { hasText: 'Medicines and supplements' }).waitFor();
      const step2 = await sizes();
      expect(step2.reserved).toBe(0);
      expect(Math.abs(step2.box - step2.content)).toBeLessThan(1); // no blank gap under a shorter step
      await context.close();
    },
  );
});
