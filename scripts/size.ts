// `npm run size`: what dist/embed.js costs a partner's page, gzip and brotli, where the bytes go,
// and a hard ceiling that fails the build.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const CEILING_GZIP = 20_000; // bytes: the CI budget
const GOAL_GZIP = 16_000; // bytes: what we aim for

const file = 'dist/embed.js';
const code = readFileSync(file);
const gzip = gzipSync(code, { level: 9 }).length;
const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;

// Where the bytes go: minified bytes per area, from the bundler's per-module report.
const modules: { module: string; bytes: number }[] = JSON.parse(readFileSync(`${file}.modules.json`, 'utf8'));
const areaOf = (module: string) =>
  module.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ??
  module.match(/^\.\/([^/]+\/[^/]+)/)?.[1] ??
  module;
const areas = new Map<string, number>();
for (const { module, bytes } of modules) areas.set(areaOf(module), (areas.get(areaOf(module)) ?? 0) + bytes);
const total = modules.reduce((sum, m) => sum + m.bytes, 0);

console.log(`${file}: ${kB(code.length)} minified, ${kB(gzip)} gzip, ${kB(brotli)} brotli`);
console.log(`goal ${kB(GOAL_GZIP)} gzip, ceiling ${kB(CEILING_GZIP)} gzip\n`);
console.log('minified bytes by area (before compression):');
for (const [area, bytes] of [...areas].sort((a, b) => b[1] - a[1])) {
  console.log(
    `  ${area.padEnd(34)} ${String(bytes).padStart(7)}  ${((bytes / total) * 100).toFixed(1).padStart(5)}%`,
  );
}
console.log('\nlargest modules:');
for (const { module, bytes } of [...modules].sort((a, b) => b.bytes - a.bytes).slice(0, 12)) {
  console.log(`  ${module.padEnd(60)} ${String(bytes).padStart(7)}`);
}

if (gzip > CEILING_GZIP) {
  console.error(`\n${file} is ${kB(gzip)} gzip, over the ${kB(CEILING_GZIP)} ceiling.`);
  process.exit(1);
}
