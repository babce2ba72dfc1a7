import preact from '@preact/preset-vite';
import { build, type Rolldown } from 'vite';
import { checkerOnly } from './checker-only';
import { compactOutput } from './compact-output';
import { localesOnly } from './locales-only';
import { optionsSchemaPlugin } from './options-schema-plugin';

/**
 * dist/embed.js as `npm run build` makes it, in memory: for `registry` (PFW_REGISTRY's way; the shipped
 * one by default), and with the articles' invariants left out unless `keepInvariants` (only the content
 * checker reads them).
 */
export async function embedScriptInMemory({
  registry,
  locales,
  keepInvariants = false,
}: {
  registry?: string;
  /** The locales to ship (PFW_LOCALES's way); all by default. */
  locales?: string[];
  keepInvariants?: boolean;
} = {}): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [
      preact(),
      compactOutput(),
      optionsSchemaPlugin({ registry, ...(locales && { locales }) }),
      localesOnly(locales),
      ...(keepInvariants ? [] : [checkerOnly()]),
    ],
    build: { write: false, lib: { entry: 'embed/index.ts', formats: ['iife'], name: 'personalFactors' } },
  })) as Rolldown.RolldownOutput[];
  const chunk = output.flatMap((o) => o.output).find((f): f is Rolldown.OutputChunk => f.type === 'chunk');
  if (!chunk) throw new Error('the build made no script');
  return chunk.code;
}
