import { Features } from 'lightningcss';
import type { Plugin } from 'vite';

/**
 * Build settings that make the shipped code smaller without changing what it does:
 * - JSX compiles to Preact's classic `h(type, props, ...children)` instead of the automatic runtime's
 *   `jsx(type, { ...props, children: [...] })`: no `children` arrays around every element's children,
 *   and `h` (which embed/ uses anyway) is the only element factory in the bundle. `h` and `Fragment`
 *   are imported from preact only into modules that have JSX. The dev server and unit tests keep the
 *   preset's automatic runtime, which renders the same elements (tests/embed/compact-output.test.ts).
 * - CSS minification leaves out the `--lightningcss-light/dark` variables it adds wherever
 *   `color-scheme` is set: they only serve `light-dark()`, which the styles do not use.
 */
export const compactOutput = (): Plugin => ({
  name: 'pfw:compact-output',
  config: () => ({
    // Names no module declares, so a local `h` (a height, say) can never capture the JSX.
    oxc: { jsx: { runtime: 'classic', pragma: 'preactH', pragmaFrag: 'PreactFragment' } },
    build: {
      rolldownOptions: {
        transform: { inject: { preactH: ['preact', 'h'], PreactFragment: ['preact', 'Fragment'] } },
      },
    },
    css: { lightningcss: { exclude: Features.LightDark } },
  }),
});
