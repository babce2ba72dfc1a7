import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

export const RESULTS = 'tools/bench/results.json';

/** Writes the bench's figures, numbers rounded to `places` decimals, in the repository's format (lint passes). */
export function writeResults(results: unknown, places: number): void {
  const scale = 10 ** places;
  const round = (_: string, v: unknown) => (typeof v === 'number' ? Math.round(v * scale) / scale : v);
  writeFileSync(RESULTS, `${JSON.stringify(results, round, 2)}\n`);
  execFileSync('npx', ['biome', 'format', '--write', RESULTS], { stdio: 'ignore' });
}
