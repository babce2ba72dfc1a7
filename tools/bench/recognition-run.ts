// `npm run bench -- --only=recognition`: the per-keystroke recognition figure alone (no browser, no
// build of dist/), merged into tools/bench/results.json as `recognition`; the full bench runs it too.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleBenchEntry } from './bundle';
import { summary } from './report';
import { RESULTS, writeResults } from './results-file';

/**
 * Builds tools/bench/recognition.ts with Vite (as the widget ships it, not as tsx rewrites it), runs it
 * in plain Node, and returns the figures: every keystroke of every run, the slowest keystroke of each
 * run, and the last keystroke (the whole 120 characters).
 */
export async function recognitionFigures(runs: number) {
  const outDir = mkdtempSync(join(tmpdir(), 'pfw-bench-recognition-'));
  try {
    const module = await bundleBenchEntry('recognition', 'es', outDir);
    const times = JSON.parse(
      execFileSync('node', [
        '--input-type=module',
        '-e',
        `import { benchRecognition } from ${JSON.stringify(module)};
         console.log(JSON.stringify(benchRecognition(${runs})));`,
      ]).toString(),
    ) as number[][];
    return {
      entryLength: times[0]?.length ?? 0,
      runs,
      perKeystrokeMs: summary(times.flat()),
      slowestKeystrokeMs: summary(times.map((run) => Math.max(...run))),
      lastKeystrokeMs: summary(times.map((run) => run.at(-1) ?? NaN)),
      target: 'under 1 ms per keystroke, unthrottled',
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** Runs the figure alone, prints it and merges it into results.json, leaving the other figures as they are. */
export async function benchRecognitionOnly(runs: number): Promise<void> {
  const recognition = await recognitionFigures(runs);
  const ms = (n: number) => `${n.toFixed(3)} ms`;
  const { perKeystrokeMs: k, slowestKeystrokeMs: s, lastKeystrokeMs: l } = recognition;
  console.log(
    `Recognition per keystroke, ${recognition.entryLength}-character entries in English and Arabic, ${runs} runs each (Node, unthrottled):`,
  );
  console.log(
    `  every keystroke: median ${ms(k.median)}, IQR ${ms(k.p25)}–${ms(k.p75)}, p95 ${ms(k.p95)}, max ${ms(k.max)}`,
  );
  console.log(`  slowest per run: median ${ms(s.median)}, IQR ${ms(s.p25)}–${ms(s.p75)}`);
  console.log(`  all 120 typed:   median ${ms(l.median)}, IQR ${ms(l.p25)}–${ms(l.p75)}`);
  const results = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {};
  writeResults(
    { ...results, recognition: { date: new Date().toISOString().slice(0, 10), ...recognition } },
    4,
  );
  console.log(`Wrote recognition to ${RESULTS}.`);
}
