import { join } from 'node:path';
import { build } from 'vite';

/**
 * Builds tools/bench/`entry`.ts with Vite into `outDir` and returns the built file's path. The bench
 * measures code as Vite builds it for the widget, not as tsx runs it: tsx adds keep-names wrappers to
 * every closure, which would understate the shipped code's speed, and would break the probe, which
 * Playwright sends into the page as source.
 */
export async function bundleBenchEntry(
  entry: string,
  format: 'es' | 'iife',
  outDir: string,
): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    cacheDir: join(outDir, 'vite'),
    build: {
      outDir,
      emptyOutDir: false,
      lib: {
        entry: `tools/bench/${entry}.ts`,
        formats: [format],
        name: 'pfwBench',
        fileName: () => `${entry}.js`,
      },
    },
  });
  return join(outDir, `${entry}.js`);
}
