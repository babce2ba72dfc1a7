/**
 * Checks content packs and says where each problem is.
 *
 *   npm run check:content                          every article in src/content/registry.ts (or PFW_REGISTRY), each locale
 *   npm run check:content -- path/to/pack.json     one pack (JSON, or a TypeScript module exporting it) or article
 *   npm run check:content -- --max-age-days 180    how old a medical review may be (default 365)
 *   npm run check:content -- --explain d3-k2       also write the reviewer's view, docs/packs/d3-k2.md
 *
 * Exits 1 if any pack has an error (warnings are reported but pass), 2 on a usage mistake.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { classes } from '../src/content/medications/classes';
import { medications } from '../src/content/medications/list';
import type { Article } from '../src/schema/article';
import { checkArticle, withInvariants } from './check/check-article';
import { type CheckOptions, type CheckResult, checkPack } from './check/check-pack';
import { explainPack } from './check/explain/explain-pack';
import { explainTranslation } from './check/explain/explain-translation';
import { reviewerNotesOf } from './check/explain/reviewer-notes';
import { formatReport } from './check/format-report';
import { error } from './check/problem';
import { registryPath } from './options-schema-plugin';

const USAGE =
  'Usage: npm run check:content [-- [--max-age-days N] [--explain PACK_ID] [pack.json | pack.ts …]]';

class UsageError extends Error {}

// The registry `npm run build` would ship: src/content/registry.ts, or the one PFW_REGISTRY names.
const REGISTRY = relative(process.cwd(), registryPath());
const { articles } = (await import(pathToFileURL(registryPath()).href)) as { articles: readonly Article[] };

/** A registry entry rather than a bare pack: it brings its own locales, invariants and medicines. */
const isArticle = (value: unknown): value is Article =>
  typeof value === 'object' &&
  value !== null &&
  'locales' in value &&
  'medications' in value &&
  'classes' in value;

/** A pack from a file: JSON, or a module whose default (or only) export is the pack. */
async function loadPack(path: string): Promise<unknown> {
  if (extname(path) === '.json') return JSON.parse(readFileSync(path, 'utf8'));
  const module: Record<string, unknown> = await import(pathToFileURL(resolve(path)).href);
  if ('default' in module) return module.default;
  const exported = Object.values(module);
  if (exported.length !== 1)
    throw new Error(`it exports ${exported.length} values: export the pack as default`);
  return exported[0];
}

function readOptions(): { paths: string[]; options: CheckOptions; explain?: string } {
  const { values, positionals } = parseArgs({
    options: {
      'max-age-days': { type: 'string', default: '365' },
      explain: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  });
  if (values.help) throw new UsageError(USAGE);
  // Digits only: Number('') and Number(' ') are 0, and Number('1e3') is 1000.
  if (!/^\d+$/.test(values['max-age-days'])) {
    throw new UsageError(`--max-age-days must be a whole number of days, not "${values['max-age-days']}"`);
  }
  if (values.explain !== undefined && positionals.length > 0) {
    throw new UsageError(
      `--explain writes the view of an article in src/content/registry.ts; it takes no files.\n${USAGE}`,
    );
  }
  const maxAgeDays = Number(values['max-age-days']);
  const options = { today: new Date().toISOString().slice(0, 10), maxAgeDays };
  return { paths: positionals, options, ...(values.explain !== undefined && { explain: values.explain }) };
}

/** Writes the sign-off sheet of a registry article, if it checks without errors. */
async function writeExplanation(id: string, options: CheckOptions): Promise<number> {
  const article = articles.find((a) => a.id === id);
  if (!article)
    throw new UsageError(
      `No article "${id}" in ${REGISTRY} (there: ${articles.map((a) => a.id).join(', ')})`,
    );
  const started = performance.now();
  const pack = withInvariants(article, article.pack);
  const result = checkPack(pack, article, options);
  console.log(formatReport(`${id} (${REGISTRY})`, result, performance.now() - started));
  if (result.problems.some((p) => p.level === 'error')) {
    console.log(`Not writing docs/packs/${id}.md: fix the errors first.`);
    return 1;
  }
  const folder = new URL('../docs/packs/', import.meta.url);
  mkdirSync(folder, { recursive: true });
  writeFileSync(new URL(`${id}.md`, folder), explainPack(pack, article, await reviewerNotesOf(id)));
  console.log(`Wrote docs/packs/${id}.md`);
  for (const translation of Object.values(article.translations ?? {})) {
    writeFileSync(
      new URL(`${id}.${translation.locale}.md`, folder),
      explainTranslation(article, translation),
    );
    console.log(`Wrote docs/packs/${id}.${translation.locale}.md`);
  }
  return 0;
}

async function main(): Promise<number> {
  const { paths, options, explain } = readOptions();
  if (explain !== undefined) return await writeExplanation(explain, options);
  let failed = false;
  const report = (name: string, result: CheckResult, started: number) => {
    console.log(formatReport(name, result, performance.now() - started));
    failed ||= result.problems.some((p) => p.level === 'error');
  };
  if (paths.length === 0) {
    for (const article of articles) {
      const started = performance.now();
      for (const [locale, result] of checkArticle(article, options)) {
        report(`${article.id}, ${locale} (${REGISTRY})`, result, started);
      }
    }
  }
  // A file holds an article (checked as the registry's are) or a pack, checked with the project's medicines.
  for (const path of paths) {
    const started = performance.now();
    let result: CheckResult;
    try {
      const loaded = await loadPack(path);
      if (isArticle(loaded)) {
        for (const [locale, checked] of checkArticle(loaded, options))
          report(`${path}, ${locale}`, checked, started);
        continue;
      }
      result = checkPack(loaded, { medications, classes }, options);
    } catch (cause) {
      const message = `Cannot read the pack: ${cause instanceof Error ? cause.message : String(cause)}`;
      result = { problems: [error('unreadable_pack', [], message)], combinations: 0 };
    }
    report(path, result, started);
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (cause: unknown) => {
    console.error(cause instanceof Error ? cause.message : cause);
    process.exitCode = 2;
  },
);
