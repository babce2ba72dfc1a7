import type { Plugin } from 'vite';

const EMPTY = '\0pfw:checker-only-invariants';

/**
 * For the partner scripts (embed.js, the frame): each article's invariants, which only the content
 * checker reads (the element never does), are left out. The
 * registry keeps its shape; `invariants` is an empty list in the shipped script only.
 */
export const checkerOnly = (): Plugin => ({
  name: 'pfw:checker-only',
  enforce: 'pre',
  resolveId: (source, importer) =>
    source === './invariants' && importer && /\/src\/content\/[^/]+\/index\.ts$/.test(importer)
      ? EMPTY
      : undefined,
  load: (id) => (id === EMPTY ? 'export const invariants = [];' : undefined),
});
