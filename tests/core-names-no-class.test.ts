// The product's code knows no medicine class: an article declares its classes, which one it must never
// miss, the stems and their guards, and its own words for them (tests/fixtures/articles/ adds an article
// in another domain through the registry alone). Comments may give an example; code and text may not.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { articles } from '../src/content/registry';
import { articles as withOtherDomain } from './fixtures/registry/other-domain';

const CORE = ['src/text', 'src/schema', 'src/rules', 'src/ui', 'embed'];

const filesUnder = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });

/** The source without its comments: block comments and line comments outside strings. */
const withoutComments = (source: string) =>
  source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

const classIds = [...new Set([...articles, ...withOtherDomain].flatMap((a) => a.classes.map((c) => c.id)))];
// Words of the classes the shipped and fixture articles must never miss, as a reader or a coder might write them.
const CLASS_WORDS = /anticoagul|blood[ -]?thinner|antiplatelet|vitamin[ -]k[ -]antagonist|statin/i;

describe('the core and the widget name no medicine class', () => {
  const sources = CORE.flatMap(filesUnder).map((path) => ({
    path,
    code: withoutComments(readFileSync(path, 'utf8')),
  }));

  test('no class id in quotes', () => {
    const found = sources.flatMap(({ path, code }) =>
      classIds.filter((id) => new RegExp(`['"\`]${id}['"\`]`).test(code)).map((id) => `${path}: "${id}"`),
    );
    expect(found).toEqual([]);
  });

  test('no word for one of the classes, in names or in text', () => {
    const found = sources.flatMap(({ path, code }) =>
      code
        .split('\n')
        .filter((line) => CLASS_WORDS.test(line))
        .map((line) => `${path}: ${line.trim()}`),
    );
    expect(found).toEqual([]);
  });

  test('can fail: the code before the classes became data named them', () => {
    const before = "if (medication.classes.includes('vitamin-k-antagonist')) return 0; // warfarin first";
    expect(classIds.some((id) => withoutComments(before).includes(`'${id}'`))).toBe(true);
    expect(CLASS_WORDS.test(withoutComments('const isAnticoagulant = (hit) => …'))).toBe(true);
  });
});
