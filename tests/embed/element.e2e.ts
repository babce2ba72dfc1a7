// The element as a partner's page treats it: snippets with mistakes, attributes changed later, the
// element removed and added back, and a page that already uses the tag name.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  accessibilityViolations,
  openPartnerPage,
  type PageRecord,
  violations,
} from '../../tools/browser/browser';
import { progressLine, questionLabel, stepTitle, t } from '../helpers/text';
import {
  cardTitles,
  completeAsCoumadinReader,
  expectHeadingFocused,
  INTERACTION,
  press,
  progress,
  skipToResults,
  tabTo,
  widgetIn,
} from './keyboard-reader';
import { partnerSetup } from './partner-setup';

const setup = partnerSetup();

describe('a partner page with mistakes in its snippet', () => {
  let context: BrowserContext;
  let page: Page;
  let record: PageRecord;
  beforeAll(async () => {
    ({ context, page, record } = await openPartnerPage(
      setup.browser,
      `${setup.servers.host.origin}/broken.html`,
    ));
    await page.locator('#working .pfw-step').waitFor();
  });
  afterAll(() => context?.close());

  test('logs one console error per broken element, naming the attribute and what is allowed', () => {
    // In the order the elements render (each once near the viewport or when idle), not page order.
    expect([...record.errors].sort()).toEqual(
      [
        'console.error: <personal-factors>: "article" is "vitamin-c": expected one of "d3-k2"',
        'console.error: <personal-factors>: "theme" is "purple": expected one of "auto", "light", "dark"',
        'console.error: <personal-factors>: "article" is required: expected one of "d3-k2"',
      ].sort(),
    );
  });

  test.each([
    ['unknown-article', '"article" is "vitamin-c": expected one of "d3-k2"'],
    ['bad-theme', '"theme" is "purple": expected one of "auto", "light", "dark"'],
    ['no-article', '"article" is required: expected one of "d3-k2"'],
  ])('#%s shows what is wrong inside its own box, as an alert', async (id, line) => {
    const alert = page.locator(`#${id}`).getByRole('alert');
    expect(await alert.count()).toBe(1);
    expect(await alert.locator('p').textContent()).toBe(t.optionsError);
    expect(await alert.getByRole('listitem').allTextContents()).toEqual([line]);
    expect(await page.locator(`#${id} .pfw-step`).count()).toBe(0);
  });

  test('the error boxes pass axe, and report no CSP violation', async () => {
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await violations(page)).toEqual([]);
  });

  test('the working element on the same page still works, by keyboard', async () => {
    const working = widgetIn(page, '#working');
    await tabTo(working, `input ${questionLabel('age')}`);
    await skipToResults(working);
    expect((await cardTitles(working)).length).toBeGreaterThan(0);
    expect(await page.locator('#working').getByRole('alert').count()).toBe(0);
  });

  test("the partner's own content is untouched", async () => {
    expect(await page.locator('#host-still-works').textContent()).toBe('The host page keeps working.');
    expect(await page.locator('#host-still-works').isVisible()).toBe(true);
    expect(record.errors).toHaveLength(3); // nothing more was logged while the reader used the page
  });
});

describe('a live element whose attributes the page changes', () => {
  let context: BrowserContext;
  let page: Page;
  let record: PageRecord;
  const widget = () => widgetIn(page, 'personal-factors');
  const setAttribute = (name: string, value: string) =>
    page.evaluate(
      ([n, v]) => document.querySelector('personal-factors')?.setAttribute(n as string, v as string),
      [name, value],
    );
  const background = () =>
    page.locator('personal-factors .pfw').evaluate((e) => getComputedStyle(e).backgroundColor);
  const sectionLinks = () =>
    page
      .locator('personal-factors .pfw-source')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));

  beforeAll(async () => {
    ({ context, page, record } = await openPartnerPage(
      setup.browser,
      `${setup.servers.host.origin}/plain.html`,
    ));
    await page.locator('personal-factors .pfw-step').waitFor();
  });
  afterAll(() => context?.close());

  test('theme="dark" and theme="light" switch the colours at once, whatever the reader prefers', async () => {
    expect(await background()).toBe('rgb(255, 255, 255)');
    await setAttribute('theme', 'dark');
    expect(await background()).toBe('rgb(23, 24, 26)');
    await page.emulateMedia({ colorScheme: 'dark' });
    await setAttribute('theme', 'light');
    expect(await background()).toBe('rgb(255, 255, 255)');
    await setAttribute('theme', 'auto'); // the reader's own preference again
    expect(await background()).toBe('rgb(23, 24, 26)');
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background()).toBe('rgb(255, 255, 255)');
  });

  test('a new section-href re-points the section links, and the reader keeps their results', async () => {
    await completeAsCoumadinReader(widget());
    expect((await sectionLinks())[0]).toBe('#what-shapes-benefit');
    await setAttribute('section-href', 'https://partner.example/guides/d3-k2?section={id}');
    const links = await sectionLinks();
    expect(links[0]).toBe('https://partner.example/guides/d3-k2?section=what-shapes-benefit');
    for (const href of links)
      expect(href).toMatch(/^https:\/\/partner\.example\/guides\/d3-k2\?section=[a-z0-9-]+$/);
    expect((await cardTitles(widget()))[0]).toBe(INTERACTION);
  });

  test('a bad value set later shows the error box and logs once; a good one brings back what the reader entered', async () => {
    await setAttribute('section-href', 'javascript:alert(1)//{id}');
    const alert = page.locator('personal-factors').getByRole('alert');
    expect(await alert.getByRole('listitem').allTextContents()).toEqual([
      '"section-href" is "javascript:alert(1)//{id}": expected a link template that starts with "#", "/", "./" or "http(s)://" and contains {id}, e.g. "#{id}"',
    ]);
    expect(record.errors).toEqual([
      'console.error: <personal-factors>: "section-href" is "javascript:alert(1)//{id}": expected a link template that starts with "#", "/", "./" or "http(s)://" and contains {id}, e.g. "#{id}"',
    ]);
    // The reader's results are out of sight, not gone: no card is visible behind the error box.
    expect(await page.locator('personal-factors').getByRole('heading', { name: INTERACTION }).count()).toBe(
      0,
    );
    record.errors.length = 0;
    await setAttribute('section-href', '#{id}');
    expect(await alert.count()).toBe(0);
    expect((await cardTitles(widget()))[0]).toBe(INTERACTION); // the results the reader had reached
    expect(record.errors).toEqual([]);
  });

  test('moving the element within the page keeps what the reader has typed', async () => {
    await tabTo(widget(), `button ${t.results.startOver}`);
    expect(await press(widget(), 'Enter')).toBe(`button ${t.results.startOverYes}`); // it asks first
    await press(widget(), 'Enter');
    await expectHeadingFocused(widget(), stepTitle('about'));
    await tabTo(widget(), `input ${questionLabel('age')}`);
    await page.keyboard.type('64');
    await page.evaluate(() => {
      const element = document.querySelector('personal-factors') as Element;
      document.body.append(element); // a page script re-ordering the article
    });
    expect(await page.locator('personal-factors').getByLabel(questionLabel('age')).inputValue()).toBe('64');
  });

  test('removing the element unmounts the widget, with no error', async () => {
    await page.evaluate(() => {
      const element = document.querySelector('personal-factors') as Element;
      (window as unknown as { __removed: Element }).__removed = element;
      element.remove();
    });
    await page.waitForFunction(
      () =>
        (window as unknown as { __removed: Element }).__removed.shadowRoot?.querySelector('.pfw') === null,
    );
    const left = await page.evaluate(
      () =>
        (window as unknown as { __removed: Element }).__removed.shadowRoot?.querySelector('.pfw-frame')
          ?.childNodes.length,
    );
    expect(left).toBe(0);
    expect(record.errors).toEqual([]);
  });

  test('adding it back starts a fresh questionnaire that works by keyboard', async () => {
    await page.evaluate(() => {
      const element = (window as unknown as { __removed: Element }).__removed;
      document.body.insertBefore(element, document.querySelector('#what-shapes-benefit'));
    });
    expect(await progress(widget())).toBe(progressLine(1));
    expect(await page.locator('personal-factors').getByLabel(questionLabel('age')).inputValue()).toBe('');
    await tabTo(widget(), `input ${questionLabel('age')}`);
    await skipToResults(widget());
    expect((await cardTitles(widget())).length).toBeGreaterThan(0);
    expect(record.errors).toEqual([]);
    expect(await violations(page)).toEqual([]);
  });

  test('an element a page script creates later works like one in the HTML', async () => {
    await page.evaluate(() => {
      const element = document.createElement('personal-factors');
      element.id = 'added-later';
      element.setAttribute('article', 'd3-k2');
      element.setAttribute('theme', 'dark');
      document.body.append(element);
    });
    expect(await progress(widgetIn(page, '#added-later'))).toBe(progressLine(1));
    expect(await page.locator('#added-later .pfw').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe(
      'rgb(23, 24, 26)',
    );
    expect(record.errors).toEqual([]);
  });
});

describe('a partner page that already defines <personal-factors> itself', () => {
  test("our script logs one clear error and leaves the partner's element alone", async () => {
    const { context, page, record } = await openPartnerPage(
      setup.browser,
      `${setup.servers.host.origin}/clash.html`,
    );
    expect(record.errors).toEqual([
      'console.error: personal-factors widget: <personal-factors> is already defined by another script on this page, so the widget cannot start there. Load embed.js with data-element-name="another-name" and use that tag instead.',
    ]);
    const own = page.locator('#partners-own');
    expect(await own.textContent()).toBe("The partner's own personal-factors element.");
    expect(await own.evaluate((e) => e.shadowRoot)).toBeNull();
    await context.close();
  });

  test('loading it with data-element-name="my-factors" makes the widget work under that name', async () => {
    const { context, page, record } = await openPartnerPage(
      setup.browser,
      `${setup.servers.host.origin}/renamed.html`,
    );
    const widget = widgetIn(page, 'my-factors');
    await completeAsCoumadinReader(widget);
    expect((await cardTitles(widget))[0]).toBe(INTERACTION);
    expect(await page.locator('#partners-own').textContent()).toBe(
      "The partner's own personal-factors element.",
    );
    expect(record.errors).toEqual([]);
    await context.close();
  });
});

describe('a partner styling the widget from its own CSS', () => {
  test('reaches the documented parts with ::part() and nothing else inside', async () => {
    const { context, page, record } = await openPartnerPage(
      setup.browser,
      `${setup.servers.host.origin}/plain.html`,
    );
    const parts = ['root', 'progress', 'step', 'results', 'card', 'summary'];
    await page.addStyleTag({
      content: `${parts.map((p) => `personal-factors::part(${p})`).join(',')} { outline: 3px dotted rgb(1, 2, 3) }
      personal-factors .pfw, personal-factors h3 { outline: 3px dotted rgb(9, 9, 9) }`,
    });
    const outlined = () =>
      page
        .locator('personal-factors [part]')
        .evaluateAll((elements) =>
          elements.flatMap((e) =>
            getComputedStyle(e).outlineColor === 'rgb(1, 2, 3)' ? [e.getAttribute('part')] : [],
          ),
        );
    expect(await outlined()).toEqual(['root', 'step', 'progress']);
    const widget = widgetIn(page, 'personal-factors');
    await tabTo(widget, `input ${questionLabel('age')}`);
    await skipToResults(widget);
    expect(new Set(await outlined())).toEqual(new Set(['root', 'results', 'card', 'summary']));
    // A plain descendant selector does not cross the shadow boundary.
    const heading = page.locator('personal-factors h3').first();
    expect(await heading.evaluate((e) => getComputedStyle(e).outlineColor)).not.toBe('rgb(9, 9, 9)');
    expect(record.errors).toEqual([]);
    await context.close();
  });
});
