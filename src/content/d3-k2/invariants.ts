import type { Condition } from '../../schema/condition';
import type { Pack } from '../../schema/pack';
import { BLOOD_THINNER_UNSURE_ID } from '../medications/list';
import { answered, notUnder18, onClass, UNDER_18, unanswered, unconfirmedEntry } from './conditions';
import { aboutK2, aboutVitaminKInFood } from './pointers';

const BLOOD_THINNER_CARDS = ['anticoagulant-vka', 'anticoagulant', 'anticoagulant-if-taken'];
const unsure: Condition = { type: 'medication', question: 'medications', anyOf: [BLOOD_THINNER_UNSURE_ID] };
const vitaminKAntagonist = onClass('vitamin-k-antagonist');
const namedOtherBloodThinner: Condition = {
  type: 'all',
  of: [onClass('anticoagulant'), { type: 'not', of: unsure }, { type: 'not', of: vitaminKAntagonist }],
};

/** The cards that draw conclusions from research in adults: not shown to a reader under 18. */
const FOR_ADULTS_ONLY = [
  'test-your-level',
  'low-level',
  'adequate-level',
  'calcium-supplements',
  'mixed-results',
  'postmenopausal-bones',
  'midlife-bones',
  'older-adult',
  'evidence-bone-density',
  'evidence-k2-fractures',
  'evidence-mk7-bone-density',
  'evidence-heart',
  'evidence-immune',
  'evidence-combined',
];

/**
 * What this pack promises readers, whatever else they answer. `npm run check:content` proves each
 * over every combination of answers that can affect it, and fails the build if one breaks.
 */
export const invariants: NonNullable<Pack['invariants']> = [
  {
    id: 'blood-thinner-card-first',
    description:
      'A reader who lists any anticoagulant (by name, brand, misspelling, near miss, stem or pick, or "not sure which") sees a blood-thinner card first',
    when: onClass('anticoagulant'),
    outcome: { showsOneOf: BLOOD_THINNER_CARDS, first: true },
  },
  {
    id: 'warfarin-type-wording',
    description:
      'A reader who lists a vitamin K antagonist (warfarin and its relatives), with or without other blood thinners, sees the warfarin-type card first',
    when: vitaminKAntagonist,
    outcome: { shows: 'anticoagulant-vka', first: true },
  },
  {
    id: 'mechanism-only-for-warfarin-type',
    description:
      'A reader who lists no vitamin K antagonist, or does not say, never sees the card that says vitamin K2 works against their blood thinner',
    when: { type: 'any', of: [unanswered('medications'), { type: 'not', of: vitaminKAntagonist }] },
    outcome: { hides: 'anticoagulant-vka' },
  },
  {
    id: 'other-blood-thinner-first',
    description:
      'A reader who names a blood thinner of another type (apixaban, a heparin…) and no vitamin K antagonist, and is sure of their medicines, sees the card for other blood thinners first',
    when: namedOtherBloodThinner,
    outcome: { shows: 'anticoagulant', first: true },
  },
  {
    id: 'unsure-blood-thinner-first',
    description:
      'A reader who takes a blood thinner but is not sure which, and lists no vitamin K antagonist, sees the blood-thinner warning as a condition first',
    when: { type: 'all', of: [unsure, { type: 'not', of: vitaminKAntagonist }] },
    outcome: { shows: 'anticoagulant-if-taken', first: true },
  },
  {
    id: 'medicines-unsaid-warned-first',
    description:
      'A reader who does not say which medicines they use sees the blood-thinner warning as a condition ("If you take a blood thinner…"), first',
    when: unanswered('medications'),
    outcome: { shows: 'anticoagulant-if-taken', first: true },
  },
  {
    id: 'medicines-unsaid-no-listed-card',
    description:
      'A reader who does not say which medicines they use is not shown the card for readers who name a blood thinner, beside the conditional one',
    when: unanswered('medications'),
    outcome: { hides: 'anticoagulant' },
  },
  {
    id: 'medicine-unconfirmed-warned-first',
    description:
      'A reader who lists a medicine we could not confirm (an unlisted brand may be a blood thinner), and no anticoagulant we know, sees the blood-thinner warning as a condition, first',
    when: { type: 'all', of: [unconfirmedEntry, { type: 'not', of: onClass('anticoagulant') }] },
    outcome: { shows: 'anticoagulant-if-taken', first: true },
  },
  {
    id: 'one-card-for-warfarin-type',
    description:
      'A reader who lists a vitamin K antagonist never sees another blood-thinner card beside the warfarin-type one',
    when: vitaminKAntagonist,
    outcome: { hides: 'anticoagulant' },
  },
  {
    id: 'one-card-for-warfarin-type-not-conditional',
    description:
      'A reader who lists a vitamin K antagonist never sees the conditional blood-thinner warning beside the one about their own',
    when: vitaminKAntagonist,
    outcome: { hides: 'anticoagulant-if-taken' },
  },
  {
    id: 'one-card-for-other-blood-thinners',
    description:
      'A reader who names a blood thinner of another type, and is sure of their medicines, never sees the conditional blood-thinner warning beside the one about their own',
    when: namedOtherBloodThinner,
    outcome: { hides: 'anticoagulant-if-taken' },
  },
  {
    id: 'medicines-read-no-conditional-card',
    description:
      'A reader whose medicines we all confirmed (or who takes none), and who did not answer "not sure which", is not shown the conditional blood-thinner warning',
    when: {
      type: 'all',
      of: [
        { type: 'not', of: unanswered('medications') },
        { type: 'not', of: unconfirmedEntry },
        { type: 'not', of: unsure },
      ],
    },
    outcome: { hides: 'anticoagulant-if-taken' },
  },
  {
    id: 'steady-vitamin-k-for-warfarin-type',
    description:
      'Wherever the warfarin-type card is shown, every card about K2-rich foods or how K2 is absorbed that is shown too comes after it and carries the line about keeping vitamin K steady',
    outcome: { pointedTo: 'anticoagulant-vka', by: aboutVitaminKInFood, pointer: 'steady-vitamin-k' },
  },
  {
    id: 'steady-vitamin-k-if-taken',
    description:
      'Wherever the conditional blood-thinner card is shown, every card about K2-rich foods or how K2 is absorbed that is shown too comes after it and carries the same line, as a condition',
    outcome: {
      pointedTo: 'anticoagulant-if-taken',
      by: aboutVitaminKInFood,
      pointer: 'steady-vitamin-k-if-taken',
    },
  },
  {
    id: 'under-18-told-results-are-for-adults',
    description:
      'A reader under 18 is told, right after any blood-thinner card, that the results are written for adults',
    when: UNDER_18,
    outcome: { shows: 'for-adults', first: true, after: BLOOD_THINNER_CARDS },
  },
  ...FOR_ADULTS_ONLY.map((caveat) => ({
    id: `under-18-no-${caveat}`,
    description: `A reader under 18 is not shown "${caveat}", a conclusion from research in adults`,
    when: UNDER_18,
    outcome: { hides: caveat },
  })),
  {
    id: 'untested-told-to-test',
    description:
      "A reader who has never had a vitamin D test, or doesn't know the result, and is not known to be under 18, is told a blood test shows where they start",
    when: { type: 'all', of: [answered('vitamin_d_test', 'never', 'dont_know'), notUnder18] },
    outcome: { shows: 'test-your-level' },
  },
  {
    id: 'older-adult',
    description: 'A reader aged 65 or more sees the caveat for older adults',
    when: { type: 'atLeast', question: 'age', value: 65 },
    outcome: { shows: 'older-adult' },
  },
  {
    id: 'amounts-for-your-provider',
    description: 'Every reader is told that how much to use is a decision for their provider',
    outcome: { shows: 'amounts-for-your-provider' },
  },
  {
    id: 'no-menopause-research-when-not-after',
    description:
      'A reader for whom menopause does not apply, or has not happened yet, is not shown the research on women after menopause',
    when: answered('menopause', 'not_applicable', 'before', 'during'),
    outcome: { hides: 'postmenopausal-bones' },
  },
  {
    id: 'pairing-hedge-for-everyone',
    description:
      'Every reader is told the D3 + K2 pairing rests on a theory and evidence that is not yet conclusive',
    outcome: { shows: 'pairing-evidence' },
  },
  {
    id: 'bones-reason-sees-k2-evidence',
    description:
      'A reader interested in bones, and not known to be under 18, is told how strong the K2 fracture evidence is, whatever their sex',
    when: { type: 'all', of: [answered('reasons', 'bones'), notUnder18] },
    outcome: { shows: 'evidence-k2-fractures' },
  },
  {
    id: 'antiplatelet-caution',
    description:
      'A reader who lists any antiplatelet (aspirin, clopidogrel, ticagrelor…) sees the antiplatelet caution',
    when: onClass('antiplatelet'),
    outcome: { shows: 'antiplatelet-check' },
  },
  ...BLOOD_THINNER_CARDS.map((card) => ({
    id: `${card}-card-wins`,
    description: `Wherever the "${card}" card is shown, every card about K2 that is shown too comes after it and points back to it`,
    outcome: { pointedTo: card, by: aboutK2 },
  })),
];
