// The embed configurator (dist/configurator.html) as a publisher uses it: each choice changes the live
// widget and what they copy; the copied snippet, pasted into a blank page of another origin that hosts
// the files where the snippet says, shows a widget a reader can answer, its integrity checked; the page
// sends nothing anywhere, and works with a keyboard and a screen reader, at 320 px and on a desktop.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  accessibilityViolations,
  focused,
  launch,
  openPartnerPage,
  type PageRecord,
  violations,
} from '../../tools/browser/browser';
import { type MadePage, serve } from '../../tools/browser/server';
import { optionsSchemaProperties, registryPath } from '../../tools/options-schema-plugin';
import { questionLabel, stepTitle, t } from '../helpers/text';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
/** Where the partner's site hosts its copy of dist/. */
const HOSTED = `/static/personal-factors/${version}`;
const sha384 = (file: string) =>
  `sha384-${createHash('sha384')
    .update(readFileSync(`dist/${file}`))
    .digest('base64')}`;

type Served = Awaited<ReturnType<typeof serve>>;
let browser: Browser;
/** The configurator's origin, and the partner's: a blank page with what was pasted, and dist/ at HOSTED. */
let tool: Served;
let partner: Served;
let pasted: { snippet: string; css: string; csp: string } | undefined;

/** The partner's blank page: the snippet in its body, the CSS as its stylesheet, the policy lines in its CSP. */
function partnerPage(url: URL): MadePage | undefined {
  if (!pasted) return undefined;
  if (url.pathname === '/reserve.css') return { body: pasted.css, headers: { 'content-type': 'text/css' } };
  if (url.pathname !== '/article.html') return undefined;
  const policy = [
    "default-src 'none'",
    ...pasted.csp.split('\n'),
    "style-src 'self'",
    "require-trusted-types-for 'script'",
    "trusted-types 'none'",
  ].join('; ');
  return {
    headers: { 'content-security-policy': policy },
    body: `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>A partner's blank page</title>
    <link rel="stylesheet" href="/reserve.css" />
  </head>
  <body>
    <h1>Vitamin D3 and K2</h1>
${pasted.snippet}
  </body>
</html>`,
  };
}

beforeAll(async () => {
  tool = await serve();
  partner = await serve(
    {},
    {
      made: partnerPage,
      source: (path) => (path.startsWith(`${HOSTED}/`) ? `/dist/${path.slice(HOSTED.length + 1)}` : path),
    },
  );
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([tool?.close(), partner?.close()]);
});

async function openConfigurator(
  width = 1280,
): Promise<{ page: Page; record: PageRecord; close: () => Promise<void> }> {
  const url = `${tool.origin}/dist/configurator.html`;
  const { context, page, record } = await openPartnerPage(browser, url, { width, height: 900 }, (c) =>
    c.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: tool.origin }),
  );
  await preview(page).locator('personal-factors .pfw-step').waitFor();
  return { page, record, close: () => context.close() };
}

const preview = (page: Page): FrameLocator => page.frameLocator('.preview-frame');
/** The widget in iframe mode: the frame inside the preview page. */
const framed = (page: Page) => preview(page).frameLocator('iframe[data-personal-factors]');
const text = (page: Page, id: string) => page.locator(`#${id}`).textContent();
const group = (page: Page, name: string | RegExp) => page.getByRole('group', { name });

/** Copies one output through its button and the clipboard, as a publisher would. */
async function copy(page: Page, button: string): Promise<string> {
  await page.getByRole('button', { name: button }).click();
  await page.getByRole('status').filter({ hasText: 'copied' }).waitFor();
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Goes through the preview's widget to its results, the quickest way (Next, then See my results). */
async function toResults(widget: FrameLocator) {
  await widget.getByRole('button', { name: t.next, exact: true }).click();
  await widget.getByRole('button', { name: t.seeResults }).click();
  await widget.locator('.pfw-source').first().waitFor();
}

describe('each choice', () => {
  let page: Page;
  let record: PageRecord;
  let close: () => Promise<void>;
  beforeAll(async () => ({ page, record, close } = await openConfigurator()));
  afterAll(() => close?.());

  test("offers the build's articles and the languages each is written in, nothing typed by hand", async () => {
    const properties = (await optionsSchemaProperties(registryPath())) as Record<string, { enum: string[] }>;
    const articles = await page
      .locator('#article option')
      .evaluateAll((o) => o.map((e) => (e as HTMLOptionElement).value));
    expect(articles).toEqual(properties.article?.enum);
    const locales = await page
      .locator('#locale option')
      .evaluateAll((o) => o.map((e) => (e as HTMLOptionElement).value));
    expect(locales.length).toBeGreaterThan(0);
    expect(properties.locale?.enum).toEqual(expect.arrayContaining(locales));
    for (const locale of locales.slice(1)) {
      await page.locator('#locale').selectOption(locale);
      expect(await text(page, 'snippet')).toContain(`locale="${locale}"`);
      expect(await preview(page).locator('personal-factors').getAttribute('locale')).toBe(locale);
    }
    await page.locator('#locale').selectOption(locales[0] as string);
  });

  test('theme: the snippet, and the widget in the preview', async () => {
    await group(page, 'Colours (theme)').getByLabel('Dark', { exact: true }).check();
    expect(await text(page, 'snippet')).toContain('<personal-factors article="d3-k2" theme="dark">');
    const widget = preview(page).locator('personal-factors .pfw');
    await expect
      .poll(() => widget.evaluate((e) => getComputedStyle(e).backgroundColor))
      .toBe('rgb(23, 24, 26)');
    await group(page, 'Colours (theme)').getByLabel('Light', { exact: true }).check();
    await expect
      .poll(() => widget.evaluate((e) => getComputedStyle(e).backgroundColor))
      .toBe('rgb(255, 255, 255)');
    await group(page, 'Colours (theme)').getByLabel(/^Auto/).check();
    expect(await text(page, 'snippet')).toContain('<personal-factors article="d3-k2">');
  });

  test("section-href: the snippet, and the links of the preview's result cards", async () => {
    await page.getByLabel('Where section links go (section-href)').fill('/articles/d3-k2#{id}');
    expect(await text(page, 'snippet')).toContain('section-href="/articles/d3-k2#{id}"');
    await toResults(preview(page));
    const link = preview(page).locator('.pfw-source').first();
    expect(await link.getAttribute('href')).toMatch(/^\/articles\/d3-k2#[a-z-]+$/);
    // The preview never leaves: it says where the link would go on the partner's page.
    await link.click();
    expect(await text(page, 'followed-link')).toMatch(
      /^On your page, that link goes to \/articles\/d3-k2#[a-z-]+\.$/,
    );
    await page.getByLabel('Where section links go (section-href)').fill('#{id}');
  });

  test('share-results: the snippet, the privacy warning, and what the preview page hears', async () => {
    expect(await page.locator('#privacy-warning').count()).toBe(0);
    await group(page, /share-results/)
      .getByLabel(/Which caveats apply/)
      .check();
    expect(await text(page, 'snippet')).toContain('share-results="caveat-ids"');
    expect(await page.locator('#privacy-warning').textContent()).toContain('health data');
    await toResults(preview(page));
    expect(await text(page, 'heard')).toMatch(/"caveats":\["[a-z-]+"/);
    await group(page, /share-results/)
      .getByLabel(/How many caveats apply/)
      .check();
    await toResults(preview(page));
    expect(await text(page, 'heard')).toMatch(
      /^Your page's scripts hear: personal-factors:results \{"article":"d3-k2","count":\d+\}$/,
    );
  });

  test('hosting: the snippet and the policy lines; the preview keeps running this build', async () => {
    await group(page, 'Where the files are hosted')
      .getByLabel(/^jsDelivr/)
      .check();
    const jsdelivr = `https://cdn.jsdelivr.net/npm/personal-factors-widget@${version}/dist/embed.js`;
    expect(await text(page, 'snippet')).toContain(`src="${jsdelivr}"`);
    expect(await text(page, 'csp')).toBe('script-src https://cdn.jsdelivr.net');
    await group(page, 'Where the files are hosted')
      .getByLabel(/^unpkg/)
      .check();
    expect(await text(page, 'snippet')).toContain(
      `src="https://unpkg.com/personal-factors-widget@${version}/dist/embed.js"`,
    );
    await group(page, 'Where the files are hosted')
      .getByLabel(/^Your own copy/)
      .check();
    await page.getByLabel('The folder where you host dist/').fill('https://static.example.org/pfw');
    expect(await text(page, 'snippet')).toContain('src="https://static.example.org/pfw/embed.js"');
    expect(await text(page, 'csp')).toBe('script-src https://static.example.org');
    await page.getByLabel('The folder where you host dist/').fill(HOSTED);
    expect(await text(page, 'csp')).toBe("script-src 'self'");
  });

  test('width, page colours and root font size change the preview, and what to copy holds for all', async () => {
    const before = await Promise.all(['snippet', 'reserve-css', 'csp'].map((id) => text(page, id)));
    await group(page, 'Width').getByLabel('Phone (375 px)').check();
    expect(await page.locator('.preview-frame').evaluate((e) => e.clientWidth)).toBe(375);
    await group(page, "Your page, and a reader's setting").getByLabel('Dark').check();
    const root = preview(page).locator('html');
    expect(await root.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(18, 18, 18)');
    await page.getByLabel(/root font size/).selectOption('62.5%');
    expect(await root.evaluate((e) => getComputedStyle(e).fontSize)).toBe('10px');
    // The widget keeps its own size: its text does not follow the page's root.
    const widgetText = preview(page).locator('personal-factors .pfw-frame');
    expect(await widgetText.evaluate((e) => getComputedStyle(e).fontSize)).toBe('16px');
    expect(await Promise.all(['snippet', 'reserve-css', 'csp'].map((id) => text(page, id)))).toEqual(before);
    await group(page, "Your page, and a reader's setting").getByLabel('Light').check();
  });

  test('mode: the iframe snippet, its CSS and policy lines, and the widget in a frame in the preview', async () => {
    await group(page, 'How your page embeds it')
      .getByLabel(/^An iframe/)
      .check();
    const snippet = (await text(page, 'snippet')) ?? '';
    expect(snippet).toContain(`src="${HOSTED}/resizer.js"`);
    expect(snippet).toContain(
      `src="${HOSTED}/frame.html?article=d3-k2&amp;section-href=https://www.your-site.example/articles/d3-k2%23{id}&amp;parent-origin=https://www.your-site.example"`,
    );
    expect(await text(page, 'reserve-css')).toContain('iframe[data-personal-factors]');
    expect(await text(page, 'csp')).toBe("script-src 'self'\nframe-src 'self'");
    await framed(page).locator('personal-factors .pfw-step').waitFor();
    await group(page, 'Colours (theme)').getByLabel('Dark', { exact: true }).check();
    await expect.poll(() => preview(page).locator('iframe').getAttribute('src')).toContain('theme=dark');
    await framed(page).locator('personal-factors .pfw-step').waitFor();
    await group(page, 'How your page embeds it')
      .getByLabel(/^The element/)
      .check();
    await group(page, 'Colours (theme)').getByLabel(/^Auto/).check();
    await preview(page).locator('personal-factors .pfw-step').waitFor();
  });

  test("made no request but for the configurator's own built files, and nothing went wrong", async () => {
    expect(record.requests.length).toBeGreaterThan(3);
    expect(record.requests.filter((url) => !url.startsWith(`${tool.origin}/dist/`))).toEqual([]);
    expect(record.errors).toEqual([]);
    expect(await violations(page)).toEqual([]);
  });
});

describe('the copied snippet, pasted into a blank page of another origin', () => {
  test.each(['element', 'iframe'] as const)('shows a widget a reader can answer (%s)', async (mode) => {
    const { page, close } = await openConfigurator();
    await page.getByLabel('The folder where you host dist/').fill(HOSTED);
    if (mode === 'iframe') {
      await group(page, 'How your page embeds it')
        .getByLabel(/^An iframe/)
        .check();
      await page.getByLabel(/Your site's origin/).fill(partner.origin);
      await page
        .getByLabel('Where section links go (section-href)')
        .fill(`${partner.origin}/article.html#{id}`);
    }
    pasted = {
      snippet: await copy(page, 'Copy snippet'),
      css: await copy(page, 'Copy CSS'),
      csp: await copy(page, 'Copy policy lines'),
    };
    await close();
    const file = mode === 'element' ? 'embed.js' : 'resizer.js';
    expect(pasted.snippet).toContain(`src="${HOSTED}/${file}"\n  integrity="${sha384(file)}"`);

    const opened = await openPartnerPage(browser, `${partner.origin}/article.html`, {
      width: 412,
      height: 915,
    });
    const { page: article, record } = opened;
    const widget =
      mode === 'element'
        ? article.locator('personal-factors')
        : article.frameLocator('iframe[data-personal-factors]').locator('personal-factors');
    await widget.getByRole('heading', { name: stepTitle('about') }).waitFor();
    await widget.getByLabel(questionLabel('age')).fill('70');
    await widget.getByRole('button', { name: t.next, exact: true }).click();
    await widget.getByRole('heading', { name: stepTitle('medicines') }).waitFor();
    // The script ran, so its integrity matched; the page's strict policy held; nothing was logged.
    expect(record.requests.every((url) => url.startsWith(partner.origin))).toBe(true);
    expect(record.errors).toEqual([]);
    expect(await violations(article)).toEqual([]);
    await opened.context.close();
  });
});

describe('with a keyboard and a screen reader', () => {
  test.each([320, 1280])(
    'at %i px: axe finds nothing, nothing scrolls sideways, and a Tab and Enter copy the snippet',
    async (width) => {
      const { page, close } = await openConfigurator(width);
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
      // Arrows pick a radio, as in any form.
      for (let presses = 0; presses < 20 && !(await focused(page)).startsWith('input Auto:'); presses++)
        await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowDown');
      expect(await text(page, 'snippet')).toContain('theme="light"');
      for (
        let presses = 0;
        presses < 60 && !(await focused(page)).startsWith('button Copy snippet');
        presses++
      )
        await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: 'copied' }).waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await text(page, 'snippet'));
      await close();
    },
  );

  test('a wrong choice says what is wrong beside it, and no snippet is offered until it is fixed', async () => {
    const { page, close } = await openConfigurator();
    const field = page.getByLabel('Where section links go (section-href)');
    await field.fill('javascript:alert(1)//{id}');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#section-href-error').textContent()).toContain(
      '"javascript:alert(1)//{id}" is not a link template',
    );
    expect(await page.getByRole('alert').textContent()).toContain('Fix this choice to get your snippet');
    expect(await page.getByRole('button', { name: 'Copy snippet' }).count()).toBe(0);
    await field.fill('#{id}');
    expect(await page.getByRole('button', { name: 'Copy snippet' }).count()).toBe(1);
    await close();
  });
});
