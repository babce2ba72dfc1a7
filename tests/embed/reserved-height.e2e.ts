// The height the page and the widget reserve for step 1, against step 1 as it renders on partners'
// pages: in the article's locales (the page's lang says which: English and Spanish, see
// STEP_ONE_LOCALES), any root font size (62.5 % is common), the fonts readers
// meet, phone to desktop widths, the element and the iframe. The article below must not move while
// step 1 is up, and once the reader moves on no step keeps a blank gap under it, in either locale.
// Each case's step 1 height and reserve are written beside the other test results (see afterAll).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
  elementReserveCss,
  IFRAME_HEIGHT,
  iframeReserveCss,
  RESERVE,
  WIDGET_FONT_PX,
} from '../../configurator/reserve';
import {
  launch,
  layoutShift,
  listenForResults,
  openPartnerPage,
  twoFrames,
} from '../../tools/browser/browser';
import { serve } from '../../tools/browser/server';
import { textIn } from '../helpers/text';

// The widget inherits the page's font family; these stand for the fonts readers meet.
const FONTS = {
  serif: 'Georgia, serif',
  'Arial-like': '"Liberation Sans", Arial, Helvetica, sans-serif',
  'system-ui': 'system-ui, sans-serif',
  'DejaVu Sans (wide)': '"DejaVu Sans", sans-serif',
};
const ROOTS = ['10px', '62.5%', '16px', '20px'];
/** Window widths, each with a phone's or a desktop's height, so content below the widget is in view. */
const VIEWPORTS = { 320: 640, 360: 780, 375: 812, 412: 915, 1280: 900 };
const WIDTHS = Object.keys(VIEWPORTS).map(Number) as (keyof typeof VIEWPORTS)[];
const MODES = ['element', 'iframe'] as const;
type Mode = (typeof MODES)[number];
/** The article's locales: the page says its language (`<html lang>`, the iframe's `lang` query), the widget follows. */
const LOCALES = ['en', 'es'] as const;
type Locale = (typeof LOCALES)[number];
/**
 * The locales whose step 1 the suite holds to the reserve: every one the article has. Spanish step 1 is
 * the taller (977 px at 320 px, 929 at 375 px, 765 in the element at 1280 px, in the widest fonts), and
 * the reserve holds it. One locale alone: PFW_RESERVE_LOCALES=en npx vitest run --config … this file.
 */
const STEP_ONE_LOCALES = (process.env.PFW_RESERVE_LOCALES ?? LOCALES.join(',')).split(',').map((locale) => {
  if (!LOCALES.includes(locale as Locale)) throw new Error(`PFW_RESERVE_LOCALES: no locale "${locale}"`);
  return locale as Locale;
});
const CASES = STEP_ONE_LOCALES.flatMap((locale) =>
  MODES.flatMap((mode) =>
    ROOTS.flatMap((root) =>
      WIDTHS.flatMap((width) =>
        Object.entries(FONTS).map(([font, family]) => ({ locale, mode, root, width, font, family })),
      ),
    ),
  ),
);

/** Step 1 as measured in each case: its height and the height reserved for it, in CSS px. */
type Measured = {
  locale: Locale;
  mode: Mode;
  root: string;
  width: number;
  font: string;
  step1: number;
  reserved: number;
};
const measured: Measured[] = [];

type Served = Awaited<ReturnType<typeof serve>>;
let browser: Browser;
/** The widget's origin (for the iframe), and the partner's, which makes each article page from its query. */
let widget: Served;
let host: Served;

beforeAll(async () => {
  widget = await serve();
  host = await serve(
    {},
    {
      made: (url) => {
        const [locale, mode, root, family] = ['locale', 'mode', 'root', 'family'].map(
          (key) => url.searchParams.get(key) ?? '',
        );
        return url.pathname === '/article.html'
          ? { body: articlePage(locale as Locale, mode as Mode, root as string, family as string) }
          : undefined;
      },
    },
  );
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([host?.close(), widget?.close()]);
  if (measured.length) {
    mkdirSync('test-results/e2e', { recursive: true });
    writeFileSync('test-results/e2e/reserved-heights.json', `${JSON.stringify(measured, null, 1)}\n`);
  }
});

const articleUrl = (locale: Locale, mode: Mode, root: string, family: string) =>
  `${host.origin}/article.html?${new URLSearchParams({ locale, mode, root, family })}`;

/**
 * A partner's article page: its root font size and font, and the README's reserve CSS. Its column is
 * the README's (the window less 16 px a side, 672 px at most) whatever the root, as a page that sets
 * 62.5 % writes 1.6rem for 16 px: the root changes what rem is, not the page's design.
 */
function articlePage(locale: Locale, mode: Mode, root: string, family: string): string {
  const embed =
    mode === 'element'
      ? {
          head: `<script src="/dist/embed.js" defer></script>`,
          body: '<personal-factors article="d3-k2"></personal-factors>',
          css: elementReserveCss(),
        }
      : {
          head: `<script src="${widget.origin}/dist/resizer.js" defer></script>`,
          body: `<iframe data-personal-factors title="${textIn(locale).pack.title}" src="${widget.origin}/dist/frame.html?article=d3-k2&amp;lang=${locale}&amp;parent-origin=${host.origin}" width="100%" height="${IFRAME_HEIGHT}"></iframe>`,
          css: iframeReserveCss(),
        };
  return `<!doctype html>
<html lang="${locale}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Partner article</title>
    <style>
      html { font-size: ${root} }
      body { font: 18px / 1.6 ${family}; max-width: 672px; margin: 32px auto; padding: 0 16px }
      iframe { display: block; border: 0 }
      ${embed.css}
    </style>
    ${embed.head}
  </head>
  <body>
    <h1>Vitamin D3 and K2: what the research shows</h1>
    <p>A partner's article, abridged for the test. The widget sits after the introduction.</p>
    ${embed.body}
    <p id="below-widget">The article goes on below the widget: a reader sees it move if the widget's space changes.</p>
    <h2>What shapes how much benefit someone might experience</h2>
    <p>Starting levels, age, diet, digestion and medicines all play a part.</p>
  </body>
</html>`;
}

/**
 * Records, in every frame from the first, where the content below the widget stands on the page: a
 * paragraph, whose top no later markup moves (a heading's margin would, collapsing through its parent
 * while the parser has not reached it yet).
 */
async function sampleFooter(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __footer: number[]; __sampling: boolean };
    w.__footer = [];
    w.__sampling = true;
    const tick = () => {
      const footer = document.getElementById('below-widget');
      if (footer) w.__footer.push(footer.getBoundingClientRect().top + scrollY);
      if (w.__sampling) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/**
 * The page's fonts stay outside the frame, whose text is in the reader's default font: set to each of
 * the same fonts, as a reader's browser settings would.
 */
async function readersFontInFrame(context: BrowserContext, family: string): Promise<void> {
  await context.addInitScript((font) => {
    if (!location.pathname.endsWith('/frame.html')) return;
    document.addEventListener('DOMContentLoaded', () => {
      document.documentElement.style.fontFamily = font;
    });
  }, family);
}

/** Stops the sampling: where the content below stood in each frame, and the page's layout shift. */
async function movement(page: Page): Promise<{ footer: number[]; cls: number }> {
  const footer = await page.evaluate(() => {
    const w = window as unknown as { __footer: number[]; __sampling: boolean };
    w.__sampling = false;
    return w.__footer;
  });
  return { footer, cls: await layoutShift(page) };
}

/** Waits until the frame's messages posted so far have reached the page's resizer. */
async function frameSettled(page: Page, frame: Frame) {
  await listenForResults(page);
  await twoFrames(frame);
  await frame.evaluate(() => window.parent.postMessage('sentinel:settled', '*'));
  await page.waitForFunction(() =>
    (window as unknown as { __heard: { sentinels: string[] } }).__heard.sentinels.includes(
      'sentinel:settled',
    ),
  );
  await twoFrames(page);
}

/** The iframe's height as the page reserves it at `width`: its `height` attribute, or the page's CSS on phones. */
const iframeReserve = (width: number) =>
  RESERVE.reduce(
    (px, { em, maxWidth }) => (maxWidth !== undefined && width <= maxWidth ? em * WIDGET_FONT_PX : px),
    IFRAME_HEIGHT,
  );

/**
 * Step 1's height, and the height reserved for it: in the element, its content and the frame's
 * reserved minimum; in the iframe, the widget's content in the frame's document and the iframe's
 * height as the page reserves it.
 */
async function stepOneHeight(
  target: Page | Frame,
  mode: Mode,
  width: number,
): Promise<{ step1: number; reserved: number }> {
  const { step1, minHeight } = await target.evaluate(() => {
    const frame = document.querySelector('personal-factors')?.shadowRoot?.querySelector('.pfw-frame');
    return {
      step1: Math.round(frame?.querySelector('.pfw')?.getBoundingClientRect().height ?? Number.NaN),
      minHeight: Number.parseFloat(frame ? getComputedStyle(frame).minHeight : '') || 0,
    };
  });
  return { step1, reserved: mode === 'element' ? minHeight : iframeReserve(width) };
}

let context: BrowserContext | undefined;
afterEach(() => context?.close());

describe('the reserved height', () => {
  test("is the same in the README, the widget's own CSS and the iframe page", () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain(`\`\`\`css\n${elementReserveCss()}\n\`\`\``);
    expect(readme).toContain(`\`\`\`css\n${iframeReserveCss()}\n\`\`\``);
    expect(readme).toContain(`height="${IFRAME_HEIGHT}"`);
    // The widget's own rule, in its own font size: one per width, in the page rule's order (each for
    // the empty frame and for step 1 until the reader moves on).
    const host = readFileSync('embed/host.css', 'utf8');
    const own = [
      ...host.matchAll(/(?:max-width: (\d+)px[^@]*?)?var\(--pfw-reserved-height, ([\d.]+)(\w+)\)/g),
    ];
    expect(own.map(([, maxWidth, size, unit]) => ({ size: Number(size), unit, maxWidth }))).toEqual(
      RESERVE.map(({ em, maxWidth }) => ({ size: em, unit: 'em', maxWidth: maxWidth?.toString() })),
    );
    expect(readFileSync('embed/frame.css', 'utf8')).toContain(
      `--pfw-reserved-height: ${IFRAME_HEIGHT / WIDGET_FONT_PX}em;`,
    );
  });

  test.each(CASES)(
    '$locale, $mode: nothing below moves while step 1 comes up, root $root, $font, $width px',
    async ({ locale, mode, root, font, family, width }) => {
      const viewport = { width, height: VIEWPORTS[width] };
      const opened = await openPartnerPage(
        browser,
        articleUrl(locale, mode, root, family),
        viewport,
        async (c) => {
          await sampleFooter(c);
          if (mode === 'iframe') await readersFontInFrame(c, family);
        },
      );
      context = opened.context;
      const { page } = opened;
      let inWidget: Page | Frame = page;
      if (mode === 'element') {
        await page.locator('personal-factors .pfw-step').waitFor();
        await twoFrames(page);
      } else {
        const frame = await (await page.locator('iframe').elementHandle())?.contentFrame();
        if (!frame) throw new Error('no widget iframe');
        await frame.locator('personal-factors .pfw-step').waitFor();
        await frameSettled(page, frame);
        inWidget = frame;
      }
      // Step 1 in the page's locale, by its title: the reserve is measured against the words shown.
      const title = inWidget.locator('personal-factors .pfw-step h3').first();
      expect(await title.textContent()).toBe(textIn(locale).stepTitle('about'));
      measured.push({ locale, mode, root, width, font, ...(await stepOneHeight(inWidget, mode, width)) });
      const { footer, cls } = await movement(page);
      expect(footer.length).toBeGreaterThan(1);
      expect({ moved: Math.max(...footer) - Math.min(...footer), cls }).toEqual({ moved: 0, cls: 0 });
      expect(opened.record.errors).toEqual([]);
    },
  );

  test.each(LOCALES.flatMap((locale) => WIDTHS.map((width) => ({ locale, width }))))(
    '$locale: lets go once the reader moves on, at $width px: no blank gap under step 2',
    async ({ locale, width }) => {
      const { t, stepTitle } = textIn(locale);
      const url = articleUrl(locale, 'element', '62.5%', FONTS.serif);
      const opened = await openPartnerPage(browser, url, { width, height: VIEWPORTS[width] });
      context = opened.context;
      const { page } = opened;
      await page.locator('personal-factors').getByRole('button', { name: t.next }).click();
      await page.locator('personal-factors h3', { hasText: stepTitle('medicines') }).waitFor();
      const step2 = await page.evaluate(() => {
        const element = document.querySelector('personal-factors') as HTMLElement;
        const frame = element.shadowRoot!.querySelector('.pfw-frame') as HTMLElement;
        return {
          box: element.getBoundingClientRect().height,
          content: frame.querySelector('.pfw')!.getBoundingClientRect().height,
          reserved: Number.parseFloat(getComputedStyle(frame).minHeight) || 0,
        };
      });
      expect(step2.reserved).toBe(0);
      expect(Math.abs(step2.box - step2.content)).toBeLessThan(1);
    },
  );
});
