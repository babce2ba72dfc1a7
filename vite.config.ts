import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { configuratorPlugin } from './tools/configurator-plugin.ts';
import { localesOnly } from './tools/locales-only.ts';
import { optionsSchemaPlugin } from './tools/options-schema-plugin.ts';

export default defineConfig({
  // The dev server serves the demo article (index.html) and the configurator (configurator.html).
  plugins: [preact(), optionsSchemaPlugin(), localesOnly(), configuratorPlugin()],
  test: {
    // Generous: property tests and full walks run several seconds on a busy two-core machine.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          environment: 'node',
          include: ['tests/{text,rules,content,schema,check,tools,kinds}/**/*.test.ts', 'tests/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['tests/ui/**/*.test.{ts,tsx}', 'tests/{embed,configurator}/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
});
