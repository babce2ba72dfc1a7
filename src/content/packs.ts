import type { Pack } from '../schema/pack';
import { d3k2 } from './d3-k2';
import { invariants as d3k2Invariants } from './d3-k2/invariants';

/**
 * The D3 + K2 pack with the invariants `npm run check:content` proves and the reviewer's view lists.
 * The widget ships `d3k2` without them: they are proofs for the build, not something a reader sees.
 */
export const d3k2WithInvariants: Pack = { ...d3k2, invariants: d3k2Invariants };

/** Every content pack in the project, with its invariants: `npm run check:content` checks them all. Add a new article's pack here. */
export const packs: readonly Pack[] = [d3k2WithInvariants];
