// The widget in Debian's headless Chromium: load and interactions on the plain partner page, and the
// same first step as static HTML (tools/bench/pages/baseline.html), each in a fresh context, with and
// without CPU throttling. Every figure is measured inside the page by tools/bench/probe.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { d3k2 } from '../../src/content/d3-k2';
import type { Probe, ProbeReport } from './probe';

/** The step that asks about supplements, where ticking D3 shows the question about its strength. */
export const SUPPLEMENTS_STEP = d3k2.pack.questions.find((q) => q.id === 'supplements')?.step;

declare global {
  interface Window {
    __bench: Probe;
  }
}

const WIDGET_PAGE = '/plain.html'; // tests/fixtures/pages/: the plain partner article
const BASELINE_PAGE = '/baseline.html'; // tools/bench/pages/: that page with the first step as static HTML

export type Sample = Record<string, number>;

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const longest = (tasks: { duration: number }[]) => Math.max(0, ...tasks.map((t) => t.duration));
/** Tasks (or scripts) that overlap a timed interaction: the reader's, not the harness's between clicks. */
const during = <T extends { start: number; duration: number }>(tasks: T[], { interactions }: ProbeReport) =>
  tasks.filter((t) => interactions.some((i) => t.start < i.end && t.start + t.duration > i.start));
const cls = (shifts: ProbeReport['shifts']) => sum(shifts.filter((s) => !s.afterInput).map((s) => s.value));

/** A fresh context (empty cache, like a first visit) with the probe, throttled by `rate`, at `url`. */
async function open(browser: Browser, url: string, probe: string, rate: number) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(15_000);
  await context.addInitScript({ path: probe });
  const page = await context.newPage();
  // Throttles this page's renderer main thread; set before navigating, so the whole load is throttled.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => window.__bench.ready());
  await page.evaluate(() => window.__bench.settled());
  return { context, page };
}

/** Clicks `target`; ms from the click event to the end of the frame showing `selector` with `text`. */
async function timedClick(page: Page, target: Locator, selector: string, text: string) {
  // A plain mouse click, as a reader makes: Playwright's own click would also run its hit-target
  // checks in the page, inside the very task being timed.
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error(`bench: nothing to click for ${selector} "${text}"`);
  await page.evaluate(([s, t]) => window.__bench.arm(s, t), [selector, text] as const);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  return page.evaluate(() => window.__bench.measured());
}

/** One reader on the widget page: load, Next through every step ticking "Vitamin D3" on the way, see the results. */
export async function widgetRun(browser: Browser, origin: string, probe: string, rate: number) {
  const { context, page } = await open(browser, origin + WIDGET_PAGE, probe, rate);
  try {
    const load = await page.evaluate(() => window.__bench.report());
    const firstStep = await page.evaluate(() => window.__bench.firstStep().html);

    const next = page.getByRole('button', { name: 'Next', exact: true });
    const nexts: number[] = [];
    let answer = NaN;
    for (const step of d3k2.pack.steps.slice(1)) {
      nexts.push(await timedClick(page, next, 'h3', step.title));
      // Ticking D3 brings in the question about its strength: an answer that shows a new question.
      if (step.id === SUPPLEMENTS_STEP) {
        const d3 = page.getByRole('checkbox', { name: 'Vitamin D3' });
        answer = await timedClick(page, d3, 'label', 'No, a standard product');
      }
    }
    const results = await timedClick(
      page,
      page.getByRole('button', { name: 'See my results' }),
      '[role=status]',
      '',
    );
    await page.evaluate(() => window.__bench.settled());
    const all = await page.evaluate(() => window.__bench.report());

    const {
      pageReceived = NaN,
      scriptFetched = NaN,
      scriptStart = NaN,
      defineStart = NaN,
      rendered = NaN,
      usable = NaN,
    } = load;
    const sample: Sample = {
      fromStart: usable - scriptStart,
      fromScript: usable - scriptFetched,
      compile: scriptStart - scriptFetched,
      evaluate: defineStart - scriptStart,
      render: rendered - defineStart,
      frame: usable - rendered,
      fromPage: usable - pageReceived,
      answer,
      next: nexts[0] ?? NaN,
      nextSlowest: Math.max(...nexts),
      results,
      eventTiming: Math.max(0, ...all.events.map((e) => e.duration)),
      clsLoad: cls(load.shifts),
      cls: cls(all.shifts),
      shiftAfterInput: sum(all.shifts.filter((s) => s.afterInput).map((s) => s.value)),
      taskLoad: longest(load.tasks),
      taskInteractions: longest(during(all.tasks, all)),
      scriptLoad: longest(load.scripts),
      scriptInteractions: longest(during(all.scripts, all)),
      inp: all.inp ?? NaN,
    };
    return { sample, firstStep };
  } finally {
    await context.close();
  }
}

/** The static baseline page: the same measure of the first step, without any script. */
export async function baselineRun(browser: Browser, origin: string, probe: string, rate: number) {
  const { context, page } = await open(browser, origin + BASELINE_PAGE, probe, rate);
  try {
    const report = await page.evaluate(() => window.__bench.report());
    const firstStep = await page.evaluate(() => window.__bench.firstStep().html);
    const { pageReceived = NaN, usable = NaN } = report;
    const sample = {
      fromPage: usable - pageReceived,
      cls: cls(report.shifts),
      taskLoad: longest(report.tasks),
    };
    return { sample, firstStep };
  } finally {
    await context.close();
  }
}

/** Markup compared without the whitespace between tags (which formatting the fixture may change). */
export const sameMarkup = (a: string, b: string) => a.replace(/>\s+</g, '><') === b.replace(/>\s+</g, '><');

/** Writes tools/bench/pages/baseline.html (the plain page, script removed, first step as declarative
 * shadow DOM) and tools/bench/pages/first-step.css (the CSS the widget gives its style sheets), from the build. */
export async function captureBaseline(browser: Browser, origin: string, probe: string) {
  const { context, page } = await open(browser, origin + WIDGET_PAGE, probe, 1);
  try {
    const { html, css } = await page.evaluate(() => window.__bench.firstStep());
    const plain = readFileSync(`tests/fixtures/pages${WIDGET_PAGE}`, 'utf8');
    const baseline = plain
      .replace(/\n\s*<script src="\/dist\/embed\.js"[^>]*><\/script>/, '')
      .replace(
        /(<personal-factors[^>]*>)(<\/personal-factors>)/,
        `$1<template shadowrootmode="open"><link rel="stylesheet" href="/first-step.css" />${html}</template>$2`,
      )
      .replace('<title>', '<title>Static baseline: ')
      .replace(
        '<!doctype html>',
        '<!doctype html>\n<!-- Generated by `npm run bench -- --capture` from the built widget and tests/fixtures/pages/plain.html. -->',
      );
    if (baseline.includes('embed.js') || !baseline.includes('shadowrootmode'))
      throw new Error('plain.html changed shape');
    writeFileSync('tools/bench/pages/baseline.html', baseline);
    writeFileSync('tools/bench/pages/first-step.css', `${css}\n`);
  } finally {
    await context.close();
  }
}
