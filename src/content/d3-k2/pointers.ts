import type { Pack } from '../../schema/pack';

/**
 * The cards that speak of getting or using K2, or of what it may do: for a reader on a blood thinner
 * each could read as a nudge towards K2, so the interaction card must win over them. Cards that
 * mention K2 only as part of a warning (`anticoagulant` itself, `antiplatelet-check`) are not here;
 * nor is `high-dose-d3`, which is about D3 alone. A test keeps every other card that names K2 in this list.
 */
export const aboutK2 = [
  'pairing-evidence',
  'calcium-supplements',
  'k2-form',
  'natto-eater',
  'low-k2-diet',
  'with-fat',
  'fat-digestion',
  'mixed-results',
  'postmenopausal-bones',
  'midlife-bones',
  'evidence-k2-fractures',
  'evidence-mk7-bone-density',
  'evidence-heart',
  'evidence-combined',
];

export const pointers: NonNullable<Pack['pointers']> = [
  {
    to: 'anticoagulant',
    line: 'Read the card on blood thinners and K2 first: it matters more for you.',
    on: aboutK2,
  },
  {
    // For a reader who skipped the medicines question: the same warning, as conditional as its card.
    to: 'anticoagulant-if-taken',
    line: 'If you take a blood thinner, read the card on blood thinners and K2 first.',
    on: aboutK2,
  },
];
