// What `npm publish` would upload, against the files the README says the package holds: nothing a
// partner needs missing, nothing extra. `npm pack --dry-run` lists them without asking the registry
// (`npm publish --dry-run` asks it, and fails once the version exists).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, unknown>;

/** The sentence that introduces the README's table of the package's files. */
const INTRO = 'The package holds exactly these files';

/** The paths in the first column of that table; `*` stands for the hash in a built file's name. */
function documented(): string[] {
  const after = readme.slice(readme.indexOf(INTRO));
  const table = after.slice(after.indexOf('\n|'), after.indexOf('\n\n', after.indexOf('\n|')));
  return table
    .split('\n')
    .filter((row) => row.startsWith('|') && !/^\|\s*-/.test(row))
    .slice(1) // the header
    .flatMap((row) => [...(row.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1] as string));
}

// A listed path as a pattern: a star is any part of one name, two stars and a slash any folders.
function pattern(path: string): RegExp {
  const escaped = path.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const parts = escaped.split('**/').map((part) => part.replaceAll('*', '[^/]*'));
  return new RegExp(`^${parts.join('(?:.+/)?')}$`);
}

const packed = () =>
  (
    JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { encoding: 'utf8' })) as {
      files: { path: string }[];
    }[]
  )[0]?.files.map((file) => file.path) ?? [];

describe('the package as npm would publish it', () => {
  test('can be published: it is not private, under the name the README gives', () => {
    expect(manifest.private).toBeUndefined();
    expect(readme).toContain(INTRO);
    expect(readme).toContain(`\`${manifest.name}\``);
  });

  test('holds exactly the files the README lists: none missing, none extra', () => {
    const listed = documented();
    expect(listed.length).toBeGreaterThan(5);
    const files = packed();
    const undocumented = files.filter((file) => !listed.some((path) => pattern(path).test(file)));
    const missing = listed.filter((path) => !files.some((file) => pattern(path).test(file)));
    expect({ undocumented, missing }).toEqual({ undocumented: [], missing: [] });
  }, 60_000);

  test('names where each published version is on the public npm CDNs', () => {
    const { name, version } = manifest as { name: string; version: string };
    expect(readme).toContain(`https://cdn.jsdelivr.net/npm/${name}@${version}/dist/embed.js`);
    expect(readme).toContain(`https://unpkg.com/${name}@${version}/dist/embed.js`);
  });
});
