import type { Pack } from '../../schema/pack';
import { KHAN_2004, LURIE_2010 } from './caveats';

/**
 * The cards that speak of getting or using K2, or of what it may do: for a reader on a blood thinner
 * each could read as a nudge towards K2, so the interaction card must win over them. Cards that
 * mention K2 only as part of a warning (the blood-thinner cards, `antiplatelet-check`) are not here;
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

/**
 * The cards that name foods rich in K2 (natto, cheese, egg yolks, fermented foods) or how well K2 is
 * absorbed: for a reader on a warfarin-type blood thinner, a change in either changes how well it
 * works, so each carries the line about keeping vitamin K steady. A test keeps every card that names
 * such a food in this list.
 */
export const aboutVitaminKInFood = [
  'natto-eater',
  'low-k2-diet',
  'with-fat',
  'evidence-mk7-bone-density',
  'sun-and-food',
];

/** Cards about K2 that name no K2-rich food: on them, the plain line pointing to the card. */
const elsewhereAboutK2 = aboutK2.filter((id) => !aboutVitaminKInFood.includes(id));

export const pointers: NonNullable<Pack['pointers']> = [
  {
    id: 'steady-vitamin-k',
    to: 'anticoagulant-vka',
    line: 'On a blood thinner like warfarin? Then keep the vitamin K in your food and supplements steady. Ask your prescriber before you change how much natto or other food rich in K2 you eat, or how you take K2.',
    on: aboutVitaminKInFood,
    sources: [KHAN_2004, LURIE_2010],
  },
  {
    id: 'vka-card-first',
    to: 'anticoagulant-vka',
    line: 'Read the blood-thinner card first.',
    on: elsewhereAboutK2,
  },
  {
    id: 'other-card-first',
    to: 'anticoagulant',
    line: 'Read the blood-thinner card first.',
    on: aboutK2,
  },
  {
    // For a reader whose blood thinner, if any, we don't know: the same advice, as conditional as its card.
    id: 'steady-vitamin-k-if-taken',
    to: 'anticoagulant-if-taken',
    line: 'If your blood thinner is one like warfarin, keep the vitamin K in your food and supplements steady. Ask your prescriber before you change how much natto or other food rich in K2 you eat.',
    on: aboutVitaminKInFood,
    sources: [KHAN_2004, LURIE_2010],
  },
  {
    id: 'if-taken-card-first',
    to: 'anticoagulant-if-taken',
    line: 'If you take a blood thinner, read the blood-thinner card first.',
    on: elsewhereAboutK2,
  },
];
