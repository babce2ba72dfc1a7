// Comments say why; a comment that names a file the project no longer has misleads whoever reads it.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { expect, test } from 'vitest';

const root = join(import.meta.dirname, '..');
const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
  cwd: root,
  encoding: 'utf8',
})
  .split('\n')
  .filter((f) => f && existsSync(join(root, f)));
// The fixture kind's files name where a test copies them, which is not in the project on purpose.
const files = tracked.filter(
  (f) =>
    /^(src|embed|tools|configurator|tests|demo)\/.*\.(tsx?|css)$/.test(f) &&
    !f.startsWith('tests/fixtures/kinds/'),
);
const names = new Set(tracked.map((f) => basename(f)));

/** The comments of a source file: line comments and block comments. */
const commentsOf = (source: string) => source.match(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g) ?? [];

/** Words in a comment that name a file: a path ("src/text/fill.ts", a relative one) or a file name. */
const PATH = /(?<![\w/.@:-])(?:\.{1,2}\/)?(?:[\w-]+\/)*[\w.-]+\.(?:tsx?|css|json|md|html|cjs)(?![\w/])/g;

/** True when `named`, read from `file`, is a file of the project (from the file's folder or the root). */
function exists(named: string, file: string): boolean {
  // What a build writes, and a placeholder in a usage line, are not the project's files.
  if (/^(dist\/|path\/to\/)|^\.[\w.]+$/.test(named)) return true;
  if (named.startsWith('.')) return existsSync(join(root, dirname(file), named));
  if (!named.includes('/')) return names.has(named) || existsSync(join(root, named));
  return (
    existsSync(join(root, named)) ||
    existsSync(join(root, dirname(file), named)) ||
    tracked.some((f) => f.endsWith(`/${named}`))
  );
}

test('every file a comment names exists', () => {
  const missing = files.flatMap((file) =>
    commentsOf(readFileSync(join(root, file), 'utf8')).flatMap((comment) =>
      [...comment.matchAll(PATH)]
        .map(([named]) => named)
        .filter((named) => !exists(named, file))
        .map((named) => `${file}: ${named}`),
    ),
  );
  expect(missing).toEqual([]);
});

test('the check finds a file that is not there', () => {
  expect(exists('tests/content/medications.test.ts', 'src/content/medications/list.ts')).toBe(false);
  expect(exists('../medications.ts', 'src/content/d3-k2/rules.ts')).toBe(false);
  expect(exists('src/text/fill.ts', 'src/ui/widget.tsx')).toBe(true);
});
