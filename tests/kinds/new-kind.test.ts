// A new kind of question is one file per layer and one line in each layer's table, nothing else: this
// test adds the fixture yes-no kind (tests/fixtures/kinds/yes-no/) to a copy of the project exactly so,
// then type-checks the copy and runs a test there that validates, decides, checks and asks a yes-no
// question.
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const root = join(import.meta.dirname, '../..');
const fixture = join(root, 'tests/fixtures/kinds/yes-no');
const copy = mkdtempSync(join(tmpdir(), 'pfw-new-kind-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

/** Where each layer keeps its kinds: the fixture's file for it, and its table. */
const layers = [
  { file: 'schema.ts', into: 'src/schema/kinds' },
  { file: 'rules.ts', into: 'src/rules/kinds' },
  { file: 'check.ts', into: 'tools/check/kinds' },
  { file: 'ui.tsx', into: 'src/ui/kinds' },
];

test('a yes-no kind is added with one file per layer and one line per table, and works end to end', () => {
  for (const dir of ['src', 'tools/check']) cpSync(join(root, dir), join(copy, dir), { recursive: true });
  for (const file of ['tools/check-content.ts', 'tsconfig.json', 'package.json'])
    cpSync(join(root, file), join(copy, file));
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));

  for (const { file, into } of layers) {
    const name = `yes-no${file.endsWith('.tsx') ? '.tsx' : '.ts'}`;
    writeFileSync(join(copy, into, name), readFileSync(join(fixture, file)));
    const table = join(copy, into, 'index.ts');
    const before = readFileSync(table, 'utf8').split('\n').length;
    appendFileSync(table, "export { yesNo } from './yes-no';\n");
    expect(readFileSync(table, 'utf8').split('\n').length).toBe(before + 1);
  }
  cpSync(join(fixture, 'probe.test.tsx'), join(copy, 'tests/probe.test.tsx'));
  writeFileSync(
    join(copy, 'tsconfig.probe.json'),
    JSON.stringify({ extends: './tsconfig.json', include: ['src', 'tools/check', 'tests/probe.test.tsx'] }),
  );
  writeFileSync(
    join(copy, 'vitest.probe.config.ts'),
    "import preact from '@preact/preset-vite';\nimport { defineConfig } from 'vitest/config';\nexport default defineConfig({ plugins: [preact()], test: { environment: 'jsdom', include: ['tests/probe.test.tsx'] } });\n",
  );

  const run = (args: string[]) => execFileSync('npx', args, { cwd: copy, encoding: 'utf8', stdio: 'pipe' });
  run(['tsc', '--noEmit', '-p', 'tsconfig.probe.json']);
  expect(run(['vitest', 'run', '--config', 'vitest.probe.config.ts'])).toMatch(/1 passed/);
}, 180_000);
