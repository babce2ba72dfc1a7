import type { Article } from '../../schema/article';
import type { Pack } from '../../schema/pack';
import { packsByLocale, shipped } from '../../schema/pack-text';
import { classes } from '../medications/classes';
import { medications } from '../medications/list';
import { article } from './article';
import { caveats } from './caveats';
import { es } from './es';
import { invariants } from './invariants';
import { pointers } from './pointers';
import { groups, questions, steps } from './questions';
import { rules } from './rules';

/**
 * The D3 + K2 pack in English, the structure every locale's words are put into. Typed here and validated by `Pack` in tests and `npm run check:content`,
 * so the shipped widget does not re-parse it on every page load.
 */
const en: Pack = {
  id: 'd3-k2',
  title: 'Which parts of this article apply to you?',
  locale: 'en',
  // No clinician has signed this pack yet: readers are told nothing of a review until one does.
  review: { status: 'awaiting-review' },
  article,
  steps,
  groups,
  questions,
  caveats,
  rules,
  pointers,
  medicationReasons: {
    generic: 'You take {generic}, {description}',
    brand: 'You take {typed}, a brand of {generic}, {description}',
    misspelling: 'You entered “{typed}”, which we read as {generic}, {description}',
    nearMiss:
      'You entered “{typed}”, which looks like {suggestion}; please check the name with your pharmacist',
    chosen: 'You told us you take {generic}, {description}',
    stem: 'You entered “{typed}”. We don’t know that name, but it looks like a blood thinner of the {kind} type; please check it with your pharmacist',
    unconfirmed: 'We couldn’t confirm “{typed}”: ask your pharmacist whether it is a blood thinner',
  },
  // Blood thinners are what this article must never miss: a reader on one, or who may be, sees a
  // blood-thinner card first (the checker proves it, beside the invariants).
  critical: {
    class: 'anticoagulant',
    question: 'medications',
    cards: ['anticoagulant-vka', 'anticoagulant', 'anticoagulant-if-taken'],
    ifTaken: 'anticoagulant-if-taken',
  },
};

/** The D3 + K2 article as the registry lists it. */
// A build for some locales only leaves the others' text out (tools/locales-only.ts): `es` is then undefined.
const translations = shipped({ es });

export const d3k2: Article = {
  id: en.id,
  pack: en,
  locales: packsByLocale(en, medications, translations),
  translations,
  invariants,
  medications,
  classes,
};
