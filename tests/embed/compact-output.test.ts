// The embed build compiles JSX to classic h() calls and trims its CSS (tools/compact-output.ts),
// while the dev server and these tests use the automatic JSX runtime: both must render the same DOM.
import preact from '@preact/preset-vite';
import { fireEvent, within } from '@testing-library/preact';
import { h, render } from 'preact';
import { build, type InlineConfig, type Rolldown } from 'vite';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { d3k2 } from '../../src/content/d3-k2';
import { Widget } from '../../src/ui/widget';
import { compactOutput } from '../../tools/compact-output';
import { anyOf, optionLabel, t } from '../helpers/text';

type Built = { h: typeof h; render: typeof render; css: string; Widget: typeof Widget };
let built: Built;

/** Builds as npm run build does: production, not the test mode this file runs in. */
async function buildForProduction(config: InlineConfig): Promise<Rolldown.OutputChunk> {
  const testEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    const output = (await build({
      configFile: false,
      logLevel: 'silent',
      mode: 'production',
      plugins: [preact(), compactOutput()],
      ...config,
    })) as Rolldown.RolldownOutput[];
    return output[0]?.output[0] as Rolldown.OutputChunk;
  } finally {
    // Assigning undefined would store the string "undefined".
    if (testEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = testEnv;
  }
}

beforeAll(async () => {
  const chunk = await buildForProduction({
    build: {
      write: false,
      // CommonJS, self-contained: it runs here with its own Preact, from memory.
      lib: { entry: 'tests/fixtures/compact-output/entry.ts', formats: ['cjs'], fileName: 'entry' },
    },
  });
  const exports = {} as Built;
  new Function('exports', chunk.code)(exports);
  built = exports;
}, 60_000);

describe('the embed build', () => {
  test('uses h() for JSX, not the automatic runtime', async () => {
    const { code } = await buildForProduction({
      build: {
        write: false,
        lib: { entry: 'src/ui/widget.tsx', formats: ['es'], fileName: 'widget' },
        rolldownOptions: { external: [/^preact/, /^zod/] },
      },
    });
    expect(code).not.toContain('jsx-runtime');
    expect(code).toMatch(/import\s*\{[^}]*\bh\b[^}]*\}\s*from\s*"preact"/);
  }, 60_000);

  test('keeps the colour scheme but not the unused light-dark() variables in its CSS', () => {
    expect(built.css).toContain('color-scheme:light dark');
    expect(built.css).not.toContain('--lightningcss');
  });

  test('renders every step, the medicine box and the results exactly as the source does', async () => {
    const source = document.body.appendChild(document.createElement('div'));
    const compact = document.body.appendChild(document.createElement('div'));
    render(h(Widget, { content: d3k2 }), source);
    built.render(built.h(built.Widget, { content: d3k2 }), compact);
    // Each copy counts its own ids, so the two share them: controls are found by role, not by label.
    // Testing Library flushes the source's renders and effects; the built copy of Preact renders on its
    // own, a task later, and its effects after a frame (the results' lower part), so it is waited for.
    const both = async (act: (view: ReturnType<typeof within>) => void) => {
      act(within(source));
      act(within(compact));
      await vi.waitFor(() => expect(compact.innerHTML).toBe(source.innerHTML));
    };
    // The step's own submit button, last in the row ("See my results" beside it skips ahead).
    const next = (view: ReturnType<typeof within>) =>
      fireEvent.click(
        view.getAllByRole('button', { name: anyOf(t.next, t.seeResults) }).at(-1) as HTMLElement,
      );

    await both(() => {});
    await both((view) =>
      fireEvent.click(view.getByRole('radio', { name: optionLabel('menopause', 'after') })),
    );
    await both((view) => fireEvent.input(view.getByRole('textbox'), { target: { value: '200' } }));
    await both(next); // invalid age: the error shows
    await both((view) => fireEvent.input(view.getByRole('textbox'), { target: { value: '71' } }));
    await both(next); // on to the medicines, step 2
    for (const name of ['Coumadin 5 mg', 'Xareltoo', 'ome']) {
      await both((view) => fireEvent.input(view.getByRole('combobox'), { target: { value: name } }));
      await both((view) => fireEvent.keyDown(view.getByRole('combobox'), { key: 'Enter' }));
    }
    await both((view) => fireEvent.input(view.getByRole('combobox'), { target: { value: 'xar' } }));
    await both((view) => fireEvent.keyDown(view.getByRole('combobox'), { key: 'ArrowDown' }));
    await both((view) => fireEvent.keyDown(view.getByRole('combobox'), { key: 'Escape' }));
    for (let step = 2; step <= 4; step++) await both(next);
    expect(within(compact).getByRole('heading', { name: t.results.heading })).toBeTruthy();
    render(null, source);
    built.render(null, compact);
  });
});
