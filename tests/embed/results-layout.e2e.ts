// The Coumadin reader's results on a 375 x 800 phone: what matters most and the interaction card on the
// first screen, everything (collapsed) within two and a half screens, the take-away one tap away; axe
// and the dosing guard in every state, collapsed and expanded.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findDosingLanguage } from '../../src/text/dosing-guard';
import { accessibilityViolations, focused } from '../../tools/browser/browser';
import { escapeRegExp, questionLabel, stepTitle, t, templatePattern } from '../helpers/text';
import {
  cardTitles,
  completeAsCoumadinReader,
  expectHeadingFocused,
  INTERACTION,
  press,
  tabTo,
  type WidgetOnPage,
  widgetIn,
} from './keyboard-reader';
import { partnerSetup } from './partner-setup';

const setup = partnerSetup();
const SCREEN = 800;

/** Heights in the results, from the top of their heading ("What applies to you"). */
const heights = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('personal-factors')!.shadowRoot!;
    const top = root.querySelector('h3')!.getBoundingClientRect().top;
    const bottom = (selector: string) => root.querySelector(selector)!.getBoundingClientRect().bottom - top;
    return { top: bottom('.pfw-top'), interaction: bottom('.pfw-interaction'), all: bottom('.pfw-results') };
  });

/** Every text the reader can see or hear in the widget that reads as dosing language. */
const dosingText = (widget: WidgetOnPage) =>
  widget.root
    .locator('.pfw')
    .evaluate((root) => {
      const texts: string[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) texts.push(walker.currentNode.textContent ?? '');
      return texts;
    })
    .then((texts) => texts.filter((text) => findDosingLanguage(text).length > 0));

describe('the Coumadin reader’s results on a phone', () => {
  let context: BrowserContext;
  let page: Page;
  let widget: WidgetOnPage;
  beforeAll(async () => {
    context = await setup.browser.newContext({ viewport: { width: 375, height: SCREEN }, hasTouch: true });
    page = await context.newPage();
    await page.goto(`${setup.servers.host.origin}/plain.html`);
    await page.locator('personal-factors .pfw-step').waitFor();
    widget = widgetIn(page, 'personal-factors');
    await completeAsCoumadinReader(widget);
  });
  afterAll(() => context?.close());

  test('open with what matters most: the interaction first, at most three lines, in reader words', async () => {
    const top = widget.root.locator('.pfw-top');
    expect(await top.getByRole('heading').textContent()).toBe(t.results.topHeading);
    const lines = await top.getByRole('listitem').allTextContents();
    expect(lines[0]).toBe(INTERACTION);
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(await widget.root.getByRole('status').textContent()).toMatch(
      templatePattern(t.results.status.other, { count: /\d+/ }),
    );
  });

  test('fit the summary and the interaction card in the first screen, and all of it in 2.5 screens', async () => {
    const { top, interaction, all } = await heights(page);
    expect(top).toBeLessThanOrEqual(SCREEN);
    expect(interaction).toBeLessThanOrEqual(SCREEN);
    expect(all).toBeLessThanOrEqual(2.5 * SCREEN);
  });

  test('show the interaction open, cautions in short, background grouped and closed', async () => {
    expect(await widget.root.locator('.pfw-interaction details').count()).toBe(0);
    const caution = widget.root.locator('.pfw-caution').first();
    expect(await caution.locator('.pfw-why').isVisible()).toBe(false);
    expect(await widget.root.locator('.pfw-group').getAttribute('open')).toBeNull();
    expect(await widget.root.locator('.pfw-info h5').first().isVisible()).toBe(false);
  });

  test('pass axe and the dosing guard closed', async () => {
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await dosingText(widget)).toEqual([]);
  });

  test('open by a tap on a disclosure, and pass axe and the dosing guard open', async () => {
    const caution = widget.root.locator('.pfw-caution').first();
    const summary = caution.locator('summary');
    await summary.scrollIntoViewIfNeeded();
    const box = (await summary.boundingBox())!;
    await page.touchscreen.tap(box.x + 20, box.y + box.height / 2);
    await caution.locator('.pfw-why').waitFor();
    // The rest by mouse, outermost first: a card inside the closed background group shows once it opens.
    const closed = widget.root.locator('details:not([open]) > summary').filter({ visible: true });
    for (let clicks = 0; clicks < 20 && (await closed.count()) > 0; clicks++) {
      await closed.first().scrollIntoViewIfNeeded();
      const b = (await closed.first().boundingBox())!;
      await page.mouse.click(b.x + 20, b.y + b.height / 2);
    }
    expect(await widget.root.locator('details:not([open])').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await dosingText(widget)).toEqual([]);
  });

  test('take the reader to the take-away in one tap', async () => {
    const link = widget.root.getByRole('button', { name: t.results.toTakeAway });
    await link.scrollIntoViewIfNeeded();
    const box = (await link.boundingBox())!;
    await page.touchscreen.tap(box.x + 10, box.y + box.height / 2);
    expect(await focused(widget.frame)).toMatch(
      new RegExp(`^section ${escapeRegExp(t.results.summaryHeading)}`),
    );
    const summary = await widget.root.locator('.pfw-summary').boundingBox();
    expect(summary!.y).toBeGreaterThanOrEqual(0);
    expect(summary!.y).toBeLessThan(SCREEN);
  });
});

describe('the Coumadin reader reviewing and leaving their results', () => {
  let context: BrowserContext;
  let page: Page;
  let widget: WidgetOnPage;
  beforeAll(async () => {
    context = await setup.browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await page.goto(`${setup.servers.host.origin}/plain.html`);
    await page.locator('personal-factors .pfw-step').waitFor();
    widget = widgetIn(page, 'personal-factors');
    await completeAsCoumadinReader(widget);
  });
  afterAll(() => context?.close());

  test('"Your answers" lists each answer with Edit, and Edit comes straight back to the results', async () => {
    const answers = widget.root.locator('.pfw-answers');
    await answers.locator('summary').click();
    expect(await answers.locator('dt').allTextContents()).toContain(questionLabel('age'));
    expect(await answers.locator('dd').allTextContents()).toContain(`71 ${t.results.edit}`);
    await answers.getByRole('button', { name: `${t.results.edit}: ${questionLabel('age')}` }).click();
    await expectHeadingFocused(widget, stepTitle('about'));
    await tabTo(widget, `button ${t.backToResults}`);
    await press(widget, 'Enter');
    await expectHeadingFocused(widget, t.results.heading);
  });

  test('after a section link, one press brings the reader back to the card they left', async () => {
    const link = widget.root.locator('.pfw-interaction .pfw-source');
    await link.click();
    await page.waitForFunction(() => location.hash === '#what-shapes-benefit');
    const back = widget.root.getByRole('button', { name: t.results.backToCard });
    expect(await back.isVisible()).toBe(true);
    await back.click();
    expect(await focused(widget.frame)).toMatch(
      new RegExp(`^article ${escapeRegExp(t.results.severity.interaction)}`),
    );
    expect(await back.isVisible()).toBe(false);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  test('"Start over" asks first, and Cancel leaves the results as they were', async () => {
    await tabTo(widget, `button ${t.results.startOver}`);
    expect(await press(widget, 'Enter')).toBe(`button ${t.results.startOverYes}`);
    await tabTo(widget, `button ${t.results.cancel}`);
    expect(await press(widget, 'Enter')).toBe(`button ${t.results.startOver}`);
    expect((await cardTitles(widget))[0]).toBe(INTERACTION);
  });
});
