import type { Pack } from '../schema/pack';
import { d3k2 } from './d3-k2';

/** Every content pack in the project: `npm run check:content` checks them all. Add a new article's pack here. */
export const packs: readonly Pack[] = [d3k2];
