import type { Pack } from '../../schema/pack';
import { article } from './article';
import { caveats } from './caveats';
import { questions, steps } from './questions';
import { rules } from './rules';

/**
 * The D3 + K2 pack as the widget ships it. Typed here and validated by `Pack` in tests and
 * `npm run check:content`, so the shipped widget does not re-parse it on every page load. Its
 * invariants (`./invariants`) are joined to it in `../packs`: only the checker reads them.
 */
export const d3k2: Pack = {
  id: 'd3-k2',
  title: 'Which parts of this article apply to you?',
  locale: 'en',
  reviewed: '2026-11-29',
  article,
  steps,
  questions,
  caveats,
  rules,
  medicationReasons: {
    generic: 'You take {generic}, {description}',
    brand: 'You take {typed}, a brand of {generic}, {description}',
    misspelling: 'You entered “{typed}”, which we read as {generic}, {description}',
    nearMiss:
      'You entered “{typed}”, which looks like {suggestion}; please check the name with your pharmacist',
    chosen: 'You told us you take {generic}, {description}',
  },
};
