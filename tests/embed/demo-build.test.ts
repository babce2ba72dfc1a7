// @vitest-environment node
// A production build of the demo page (index.html) must keep the widget: demo/main.ts imports
// embed/index.ts for its side effect only, which package.json's "sideEffects" has to allow.
import preact from '@preact/preset-vite';
import { build, type Rolldown } from 'vite';
import { expect, test } from 'vitest';
import { optionsSchemaPlugin } from '../../tools/options-schema-plugin';

test('the built demo page registers the element', async () => {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [preact(), optionsSchemaPlugin()],
    build: { write: false },
  })) as Rolldown.RolldownOutput;
  const code = output.output
    .filter((file): file is Rolldown.OutputChunk => file.type === 'chunk')
    .map((chunk) => chunk.code)
    .join('\n');
  expect(code.includes('customElements.define'), 'the demo chunk lost embed/index.ts').toBe(true);
}, 60_000);
