// Zod-free, so embed/protocol.ts (in dist/resizer.js) can check ids without pulling in zod.
/** Ids of questions, options, caveats and sections: short, lowercase, stable across edits. */
export const ID_PATTERN = /^[a-z][a-z0-9_-]*$/;
