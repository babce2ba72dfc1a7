// The widget and the partner's page keep out of each other's way: the host's CSS does not reach into
// the widget, nothing of the widget's reaches out into the page, and the page does not jump.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { layoutShift, openPartnerPage } from '../../tools/browser/browser';
import { questionLabel, t } from '../helpers/text';
import { partnerSetup } from './partner-setup';

const setup = partnerSetup();

/** Opens a partner page and waits for the widget's first step. */
async function open(name: string, viewport?: { width: number; height: number }) {
  const opened = await openPartnerPage(setup.browser, `${setup.servers.host.origin}/${name}.html`, viewport);
  await opened.page.locator('personal-factors .pfw-step').first().waitFor();
  return opened;
}

/** The same page with the widget's script answered by an empty one: the page as it is without the widget. */
function openWithoutWidget(name: string, viewport: { width: number; height: number }) {
  return openPartnerPage(
    setup.browser,
    `${setup.servers.host.origin}/${name}.html`,
    viewport,
    async (context) => {
      await context.route('**/dist/embed.js*', (route) =>
        route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }),
      );
    },
  );
}

const PROPERTIES = [
  'color',
  'background-color',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'letter-spacing',
  'text-transform',
  'box-sizing',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-top-style',
  'border-top-color',
  'min-height',
];

/** Computed styles of the step heading, the age question's label and the Next button, inside the widget. */
function widgetStyles(page: Page) {
  const widget = page.locator('personal-factors');
  const parts = {
    heading: widget.locator('.pfw-step h3'),
    label: widget.getByText(questionLabel('age')),
    choice: widget.locator('.pfw-choice').first(),
    next: widget.getByRole('button', { name: t.next }),
  };
  return Promise.all(
    Object.entries(parts).map(async ([part, locator]) => [
      part,
      await locator.evaluate(
        (element, names) =>
          Object.fromEntries(names.map((n) => [n, getComputedStyle(element).getPropertyValue(n)])),
        PROPERTIES,
      ),
    ]),
  ).then(Object.fromEntries);
}

/** Every computed property of the page's own elements, and what the page has in its head and window. */
function hostState(page: Page) {
  return page.evaluate(() => {
    const styleOf = (element: Element) => {
      const style = getComputedStyle(element);
      return Object.fromEntries([...style].map((name) => [name, style.getPropertyValue(name)]));
    };
    return {
      elements: Object.fromEntries(
        ['html', 'body', 'h1', 'body > p', '#what-shapes-benefit', '#below-widget'].map((selector) => [
          selector,
          styleOf(document.querySelector(selector) as Element),
        ]),
      ),
      head: [...document.head.children].map((e) => e.outerHTML),
      adoptedStyleSheets: document.adoptedStyleSheets.length,
      globals: Object.getOwnPropertyNames(window).sort(),
    };
  });
}

describe('a partner page whose global CSS restyles every element (!important on *, html at 30px)', () => {
  test('does not change how the step heading, a label, a choice or the Next button look inside the widget', async () => {
    const plain = await open('plain');
    const hostile = await open('hostile');
    const expected = await widgetStyles(plain.page);
    // The plain page's own look is ordinary; the test compares real values, not two empty ones.
    expect(expected.heading['font-size']).toBe('18.4px');
    expect(expected.next['min-height']).toBe('44px');
    expect(await widgetStyles(hostile.page)).toEqual(expected);
    await plain.context.close();
    await hostile.context.close();
  });

  test.each(['hostile', 'plain'])(
    'on the %s page, the page itself looks the same with or without the widget',
    async (name) => {
      const viewport = { width: 1280, height: 400 }; // short, so both versions scroll and widths match
      const without = await openWithoutWidget(name, viewport);
      const withWidget = await open(name, viewport);
      const before = await hostState(without.page);
      const after = await hostState(withWidget.page);
      expect(Object.keys(before.elements['#below-widget'] ?? {}).length).toBeGreaterThan(200);
      expect(after.elements).toEqual(before.elements);
      expect(after.head).toEqual(before.head);
      expect(after.adoptedStyleSheets).toBe(0);
      // No globals: the script adds nothing to window.
      expect(after.globals).toEqual(before.globals);
      await without.context.close();
      await withWidget.context.close();
    },
  );
});

describe("the space a partner reserves (personal-factors:not(:defined): 48 times the widget's font size, 59 below 700 px, 62 below 375 px)", () => {
  test.each([
    { width: 1280, height: 900, expected: 768 },
    { width: 375, height: 800, expected: 944 },
    { width: 360, height: 780, expected: 992 },
    { width: 320, height: 640, expected: 992 },
  ])(
    'is taken over by the widget for step 1 at $width px wide, so the article does not shift when it appears',
    async ({ expected, ...viewport }) => {
      const { context, page } = await open('plain', viewport);
      const { content, box, reserved, byPage } = await page.evaluate(() => {
        const element = document.querySelector('personal-factors') as HTMLElement;
        const frame = element.shadowRoot!.querySelector('.pfw-frame') as HTMLElement;
        return {
          content: frame.querySelector('.pfw')!.getBoundingClientRect().height,
          box: element.getBoundingClientRect().height,
          reserved: Number.parseFloat(getComputedStyle(frame).minHeight),
          byPage: getComputedStyle(element).minHeight,
        };
      });
      expect(reserved).toBe(expected);
      expect(byPage).toBe('0px'); // defined: the page's rule has handed over
      expect(content).toBeGreaterThan(600);
      expect(content).toBeLessThanOrEqual(reserved);
      expect(box).toBe(reserved);
      expect(await layoutShift(page)).toBe(0);
      await context.close();
    },
  );

  test.each([
    { width: 1280, height: 900, expected: '768px' },
    { width: 320, height: 640, expected: '992px' },
  ])(
    'is also the default the element reserves for itself at $width px, where the page reserves nothing',
    async ({ expected, ...viewport }) => {
      const { context, page } = await open('plain', viewport);
      const reserved = await page.evaluate(() => {
        for (const sheet of document.styleSheets) sheet.disabled = true; // the page's CSS gone, the widget's left
        const frame = document.querySelector('personal-factors')!.shadowRoot!.querySelector('.pfw-frame')!;
        return getComputedStyle(frame).minHeight;
      });
      expect(reserved).toBe(expected);
      await context.close();
    },
  );
});
