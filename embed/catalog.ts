import { d3k2 } from '../src/content/d3-k2';
import type { Pack } from '../src/schema/pack';
import { en } from '../src/ui/messages/en';

/** Articles this build can serve, by the id a partner writes in `article="…"`. */
export const packs: Record<string, Pack> = { 'd3-k2': d3k2 };

/** Message catalogs, by the `locale="…"` a partner may write. */
export const locales = { en };
