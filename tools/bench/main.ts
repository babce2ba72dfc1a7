// `npm run bench`: figures to report, not timed tests (this machine is shared and noisy).
// Builds dist/, then in Debian's headless Chromium loads the widget on the plain partner page and
// walks one reader through it, next to a static-HTML baseline of the same first step, unthrottled
// and with the CPU throttled ×4 (tools/bench/browser.ts, measured in the page by tools/bench/probe.ts); then
// evaluates the rules in Node (tools/bench/rules.ts). Prints a table and writes tools/bench/results.json.
// Then Lighthouse on the article page with and without the widget (tools/bench/lighthouse.ts).
//   --runs=N        runs per figure and mode (at least 10; 15 by default)
// Then the JS heap the widget adds, and whether removing it frees it (tools/bench/heap.ts), and the bytes
// a further article adds (tools/bench/articles.ts), and recognition per keystroke in Node
// (tools/bench/recognition-run.ts).
//   --only=a,b      only these parts: page, rules, lighthouse, heap, articles, recognition (the others
//                   keep their figures in results.json; recognition alone needs no build nor browser)
//   --lighthouse-runs=N  Lighthouse pairs per placement (at least 7; 7 by default)
//   --capture       regenerates tools/bench/pages/ (the static baseline) from the current widget instead
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { browserPath, launch } from '../browser/browser';
import { benchArticles } from './articles';
import { baselineRun, captureBaseline, sameMarkup, widgetRun } from './browser';
import { bundleBenchEntry } from './bundle';
import { heapCycles, heapRun } from './heap';
import { benchLighthouse, lighthouseReport } from './lighthouse';
import { benchRecognitionOnly, recognitionFigures } from './recognition-run';
import { type Mode, report, type Samples, summary } from './report';
import { RESULTS, writeResults } from './results-file';
import { serveBench, servedEmbed } from './server';

const started = performance.now();
// The 1, 5 and 15-minute load averages: other work on the machine moves the figures.
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
const loadBefore = load();
const runsArg = process.argv.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length);
const RUNS = Math.max(10, Number(runsArg) || 15);
const lighthouseArg = process.argv.find((arg) => arg.startsWith('--lighthouse-runs='))?.split('=')[1];
const LIGHTHOUSE_RUNS = Math.max(7, Number(lighthouseArg) || 7);
const HEAP_RUNS = 5;
const capture = process.argv.includes('--capture');
const PARTS = ['page', 'rules', 'lighthouse', 'heap', 'articles', 'recognition'] as const;
const onlyArg = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const only = onlyArg?.split(',') ?? [...PARTS];
const unknownPart = only.find((part) => !(PARTS as readonly string[]).includes(part));
if (unknownPart) throw new Error(`bench: --only takes ${PARTS.join(', ')}; not "${unknownPart}"`);
const runs = (part: (typeof PARTS)[number]) => (capture ? part === 'page' : only.includes(part));
/** The last run's figures: a part not run this time keeps them. */
const previous = existsSync(RESULTS)
  ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>)
  : {};

if (only.length === 1 && only[0] === 'recognition') {
  await benchRecognitionOnly(RUNS);
  process.exit(0);
}

// Always build: the figures must be for the current source, and a fresh clone has no dist/ yet.
execFileSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });

// Built into a temporary folder (node_modules may be shared with other checkouts).
const outDir = mkdtempSync(join(tmpdir(), 'pfw-bench-'));
const bundle = (entry: string, format: 'es' | 'iife') => bundleBenchEntry(entry, format, outDir);
const probe = await bundle('probe', 'iife');

// The page's integrity attribute must match the script as served, with its start mark.
const sri = `sha384-${createHash('sha384')
  .update(servedEmbed(readFileSync('dist/embed.js')))
  .digest('base64')}`;
const samples: Samples = {
  widget: { unthrottled: [], x4: [] },
  baseline: { unthrottled: [], x4: [] },
  rules: [],
};
let stale = false;
let chromium = '';
if (runs('page')) {
  const server = await serveBench({ EMBED_SRI: sri });
  const browser = await launch();
  chromium = browser.version();
  try {
    if (capture) await captureBaseline(browser, server.origin, probe);
    const modes: [Mode, number][] = capture
      ? []
      : [
          ['unthrottled', 1],
          ['x4', 4],
        ];
    for (const [mode, rate] of modes) {
      process.stderr.write(`${mode}: `);
      // One discarded run of each first: the first pages after launch pay for starting processes.
      await widgetRun(browser, server.origin, probe, rate);
      await baselineRun(browser, server.origin, probe, rate);
      // Alternating, so drift in the machine's load affects both pages alike.
      for (let i = 0; i < RUNS; i++) {
        const w = await widgetRun(browser, server.origin, probe, rate);
        const b = await baselineRun(browser, server.origin, probe, rate);
        stale ||= !sameMarkup(w.firstStep, b.firstStep);
        samples.widget[mode].push(w.sample);
        samples.baseline[mode].push({
          ...b.sample,
          ratio: (w.sample.fromPage ?? NaN) / (b.sample.fromPage ?? NaN),
        });
        process.stderr.write('.');
      }
      process.stderr.write('\n');
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
if (capture) {
  rmSync(outDir, { recursive: true, force: true });
  execFileSync('npx', ['biome', 'format', '--write', 'tools/bench/pages'], { stdio: 'inherit' });
  console.log('wrote tools/bench/pages/baseline.html and tools/bench/pages/first-step.css');
  process.exit(0);
}

try {
  if (runs('rules')) {
    const rulesModule = await bundle('rules', 'es');
    // In plain node, not in this tsx process: tsx's loader rewrites even built JavaScript with keep-names
    // wrappers, which halves the figure.
    samples.rules = JSON.parse(
      execFileSync('node', [
        '--input-type=module',
        '-e',
        `import { benchRules } from ${JSON.stringify(rulesModule)};
         console.log(JSON.stringify(Array.from({ length: ${RUNS} }, () => benchRules(500))));`,
      ]).toString(),
    ) as number[];
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
const results: Record<string, unknown> = { ...previous, date: new Date().toISOString().slice(0, 10) };
if (runs('page') || runs('rules')) {
  console.log();
  results.metrics = report(samples);
  results.runs = RUNS;
  results.staleBaseline = stale;
  console.log(`\nMedian and interquartile range of ${RUNS} runs per mode, each in a fresh browser context.`);
}
if (runs('lighthouse')) {
  process.stderr.write('lighthouse: ');
  const lighthouse = await benchLighthouse(LIGHTHOUSE_RUNS, sri, () => process.stderr.write('.'));
  results.lighthouse = {
    measured: new Date().toISOString(),
    pairs: LIGHTHOUSE_RUNS,
    loadAverage: load(),
    ...lighthouseReport(lighthouse),
  };
}
if (runs('heap')) {
  const server = await serveBench({ EMBED_SRI: sri });
  const browser = await launch();
  try {
    const pairs = [];
    for (let i = 0; i < HEAP_RUNS; i++) pairs.push(await heapRun(browser, server.origin));
    const cycles = await heapCycles(browser, server.origin);
    const added = pairs.map((p) => p.added).sort((a, b) => a - b);
    const { median, min, max } = summary(added);
    results.heap = {
      runs: HEAP_RUNS,
      addedBytes: { median, min, max },
      pairs,
      cycles,
    };
    console.log(
      `\nHeap the widget adds after the whole questionnaire and results: ${added.map((a) => (a / 1e6).toFixed(2)).join(', ')} MB`,
    );
    console.log(
      `${cycles.heapByCycle.length} insert/remove cycles: heap ${(cycles.heapBefore / 1e6).toFixed(2)} MB, then after each ${cycles.heapByCycle.map((h) => (h / 1e6).toFixed(2)).join(', ')} MB, detached elements alive ${cycles.detachedBefore} → ${cycles.detachedAfter}, widgets alive ${cycles.widgetsAlive}`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}
if (runs('articles')) results.articles = await benchArticles();
if (runs('recognition')) results.recognition = await recognitionFigures(RUNS);
if ((loadavg()[0] ?? 0) > availableParallelism() + 2) {
  // The bench itself keeps about two processes busy; more than that is other work.
  console.warn(
    `Note: the machine was busy (load average ${load()} on ${availableParallelism()} CPUs), so the times are inflated.`,
  );
}
if (stale) {
  console.warn(
    'WARNING: tools/bench/pages/ no longer matches the widget’s first step: run `npm run bench -- --capture`.',
  );
}

const seconds = Math.round((performance.now() - started) / 1000);
results.machine = {
  cpus: availableParallelism(),
  cpu: cpus()[0]?.model ?? '',
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  chromium:
    chromium ||
    execFileSync(browserPath(), ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim(),
  node: process.version,
  loadAverage: { before: loadBefore, after: load() },
};
results.seconds = seconds;
results.parts = only;
writeResults(results, 3);
console.log(`Wrote ${RESULTS}. The bench took ${seconds} s.`);
