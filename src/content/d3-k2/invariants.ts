import type { Pack } from '../../schema/pack';
import { BLOOD_THINNER_UNSURE_ID } from '../medications/list';
import { answered, onClass, unanswered, unconfirmedMedicine } from './conditions';
import { aboutK2 } from './pointers';

/**
 * What this pack promises readers, whatever else they answer. `npm run check:content` proves each
 * over every combination of answers that can affect it, and fails the build if one breaks.
 */
export const invariants: NonNullable<Pack['invariants']> = [
  {
    id: 'anticoagulant-first',
    description:
      'A reader who lists any anticoagulant (by name, brand, misspelling, near miss or pick) sees the blood-thinner caveat first',
    when: onClass('anticoagulant'),
    outcome: { shows: 'anticoagulant', first: true },
  },
  {
    id: 'unsure-blood-thinner-first',
    description:
      'A reader who takes a blood thinner but is not sure which sees the blood-thinner caveat first',
    when: { type: 'medication', question: 'medications', anyOf: [BLOOD_THINNER_UNSURE_ID] },
    outcome: { shows: 'anticoagulant', first: true },
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
      'A reader who does not say which medicines they use is not shown the blood-thinner card for readers who list one, beside the conditional one',
    when: unanswered('medications'),
    outcome: { hides: 'anticoagulant' },
  },
  {
    id: 'medicine-unconfirmed-warned-first',
    description:
      'A reader who lists a medicine we could not confirm (an unlisted brand may be a blood thinner), and no anticoagulant we know, sees the blood-thinner warning as a condition, first',
    when: { type: 'all', of: [unconfirmedMedicine, { type: 'not', of: onClass('anticoagulant') }] },
    outcome: { shows: 'anticoagulant-if-taken', first: true },
  },
  {
    id: 'one-blood-thinner-card',
    description:
      'A reader who lists an anticoagulant never sees the conditional blood-thinner warning beside, or instead of, the one about their own',
    when: onClass('anticoagulant'),
    outcome: { hides: 'anticoagulant-if-taken' },
  },
  {
    id: 'medicines-read-no-conditional-card',
    description:
      'A reader whose medicines we all confirmed (or who takes none) is not shown the conditional blood-thinner warning',
    when: {
      type: 'all',
      of: [
        { type: 'not', of: unanswered('medications') },
        { type: 'not', of: unconfirmedMedicine },
      ],
    },
    outcome: { hides: 'anticoagulant-if-taken' },
  },
  {
    id: 'untested-told-to-test',
    description:
      "A reader who has never had a vitamin D test, or doesn't know the result, is told a blood test shows where they start",
    when: answered('vitamin_d_test', 'never', 'dont_know'),
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
      'A reader interested in bones is told how strong the K2 fracture evidence is, whatever their sex',
    when: answered('reasons', 'bones'),
    outcome: { shows: 'evidence-k2-fractures' },
  },
  {
    id: 'antiplatelet-caution',
    description:
      'A reader who lists any antiplatelet (aspirin, clopidogrel, ticagrelor…) sees the antiplatelet caution',
    when: onClass('antiplatelet'),
    outcome: { shows: 'antiplatelet-check' },
  },
  {
    id: 'blood-thinner-card-wins',
    description:
      'Wherever the blood-thinner card is shown, every card about K2 that is shown too comes after it and points back to it',
    outcome: { pointedTo: 'anticoagulant', by: aboutK2 },
  },
  {
    id: 'blood-thinner-if-taken-card-wins',
    description:
      'Wherever the card for readers who did not name their medicines is shown, every card about K2 that is shown too comes after it and points back to it',
    outcome: { pointedTo: 'anticoagulant-if-taken', by: aboutK2 },
  },
];
