// The layers the README draws are the ones dependency-cruiser enforces (`npm run deps`, in `npm test`):
// a wrong import fails, naming the rule, and every rule says why in a sentence.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { cruise, type IConfiguration, type IReporterOutput } from 'dependency-cruiser';
import { describe, expect, test } from 'vitest';

const config = createRequire(import.meta.url)('../.dependency-cruiser.cjs') as IConfiguration;

async function violations(folders: string[], baseDir: string) {
  const { output } = (await cruise(folders, {
    ...config.options,
    validate: true,
    ruleSet: { forbidden: config.forbidden ?? [] },
    baseDir,
    outputType: 'json',
  })) as IReporterOutput;
  const { summary } = JSON.parse(output as string) as {
    summary: { totalCruised: number; violations: { rule: { name: string }; from: string; to: string }[] };
  };
  expect(summary.totalCruised).toBeGreaterThan(2);
  return summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
}

describe('the layers', () => {
  test('catch a rule that imports content and a text module that imports the rules', async () => {
    const fixture = fileURLToPath(new URL('fixtures/architecture', import.meta.url));
    expect((await violations(['src'], fixture)).sort()).toEqual([
      'rules-never-import-content: src/rules/decide.ts → src/content/pack.ts',
      'text-is-the-ground-floor: src/text/fill.ts → src/rules/decide.ts',
    ]);
  }, 60_000);

  test('explain each rule in a sentence a newcomer can act on', () => {
    for (const rule of config.forbidden ?? []) expect(rule.comment, rule.name).toMatch(/\w.{20,}\./);
  });
});
