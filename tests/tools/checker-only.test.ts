// The partner scripts leave out what only the content checker reads: the articles' invariants.
import preact from '@preact/preset-vite';
import { build, type Rolldown } from 'vite';
import { expect, test } from 'vitest';
import { invariants } from '../../src/content/d3-k2/invariants';
import { checkerOnly } from '../../tools/checker-only';
import { compactOutput } from '../../tools/compact-output';
import { optionsSchemaPlugin } from '../../tools/options-schema-plugin';

async function embedScript(plugins = [checkerOnly()]): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [preact(), compactOutput(), optionsSchemaPlugin(), ...plugins],
    build: { write: false, lib: { entry: 'embed/index.ts', formats: ['iife'], name: 'personalFactors' } },
  })) as Rolldown.RolldownOutput[];
  const chunk = output.flatMap((o) => o.output).find((f): f is Rolldown.OutputChunk => f.type === 'chunk');
  return chunk?.code ?? '';
}

test('embed.js carries no invariant, and still every caveat the element shows', async () => {
  const [shipped, everything] = await Promise.all([embedScript(), embedScript([])]);
  const description = invariants[0]?.description ?? '';
  expect(everything).toContain(description);
  expect(shipped).not.toContain(description);
  expect(shipped).toContain('Blood thinners and vitamin K2: talk to your prescriber first');
}, 60_000);
