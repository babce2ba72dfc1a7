// A partner installs the packed package into their own Vite + TypeScript project: the headless API
// and the element import, type-check and build there, with the project's own preact and zod.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const project = resolve('.');
const own = JSON.parse(readFileSync('package.json', 'utf8')) as {
  name: string;
  devDependencies: Record<string, string>;
};
// The project's own tools, run by path: only the package and its peers are installed in the scratch.
const tool = (path: string) => join(project, 'node_modules', path);

const MAIN = `import { d3k2, type Evaluation, evaluate } from '${own.name}';
import { defineElement } from '${own.name}/element';

const result: Evaluation = evaluate(d3k2, { age: 71, medications: [{ typed: 'Coumadin 5 mg' }] });
const first: string = result.ok ? (result.findings[0]?.caveat.id ?? 'none') : 'invalid';
const defined: boolean = defineElement('scratch-factors');
document.body.append(document.createElement('scratch-factors'), \`\${first} \${defined}\`);
`;

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'bundler',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    strict: true,
    noEmit: true,
    types: [],
  },
  include: ['src'],
};

describe('the package, packed and installed into a scratch Vite + TypeScript project', () => {
  let scratch: string;
  const run = (file: string, args: string[]) =>
    execFileSync(file, args, { cwd: scratch, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

  /** tsc over the scratch project: its exit status and what it printed. */
  const typeCheck = () => {
    const { status, stdout } = spawnSync(process.execPath, [tool('typescript/bin/tsc'), '-p', '.'], {
      cwd: scratch,
      encoding: 'utf8',
    });
    return { status, stdout };
  };

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'pfw-partner-'));
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], { encoding: 'utf8' }),
    ) as { filename: string }[];
    const { preact, zod } = own.devDependencies;
    writeFileSync(
      join(scratch, 'package.json'),
      JSON.stringify({
        name: 'partner-site',
        private: true,
        type: 'module',
        dependencies: { [own.name]: `file:./${packed?.filename}`, preact, zod },
      }),
    );
    // The registry's copies are in npm's cache from the project's own install.
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts']);
    mkdirSync(join(scratch, 'src'));
    writeFileSync(join(scratch, 'src/main.ts'), MAIN);
    writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify(TSCONFIG));
    writeFileSync(
      join(scratch, 'index.html'),
      '<!doctype html><html><body><script type="module" src="/src/main.ts"></script></body></html>',
    );
  }, 180_000);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  test('installs only the built files, with the partner’s preact and zod as its peers', () => {
    const installed = join(scratch, 'node_modules', own.name);
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    expect(Object.keys(manifest.peerDependencies).sort()).toEqual(['preact', 'zod']);
    expect(manifest.dependencies).toBeUndefined();
    expect(run('npm', ['ls', '--all', '--parseable', 'preact']).trim().split('\n')).toHaveLength(1);
    expect(readFileSync(join(installed, 'dist/esm/element.js'), 'utf8')).toMatch(/from\s*["']preact["']/);
  });

  test('type-checks the headless API and the element against the shipped types', () => {
    expect(typeCheck()).toEqual({ status: 0, stdout: '' });
  });

  test('catches a wrong use through those types', () => {
    writeFileSync(
      join(scratch, 'src/wrong.ts'),
      `import { evaluate } from '${own.name}';\nevaluate('d3-k2', {});\n`,
    );
    try {
      const { status, stdout } = typeCheck();
      expect(status).not.toBe(0);
      expect(stdout).toMatch(/src\/wrong\.ts.*TS2345/);
    } finally {
      rmSync(join(scratch, 'src/wrong.ts'));
    }
  });

  test('builds with Vite, the element and the headless API in the bundle', () => {
    run(process.execPath, [tool('vite/bin/vite.js'), 'build', '--logLevel', 'warn']);
    const assets = join(scratch, 'dist/assets');
    const js = readdirSync(assets)
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(assets, file), 'utf8'))
      .join('\n');
    expect(js).toContain('customElements.define');
    expect(js).toContain('scratch-factors');
  });

  test('runs the headless API in Node, through the package’s exports', () => {
    const out = run(process.execPath, [
      '--input-type=module',
      '-e',
      `import { d3k2, evaluate } from '${own.name}'; const r = evaluate(d3k2, { medications: [{ typed: 'Coumadin' }] }); console.log(r.ok && r.findings[0].caveat.id);`,
    ]);
    expect(out.trim()).toBe('anticoagulant-vka');
  });
});
