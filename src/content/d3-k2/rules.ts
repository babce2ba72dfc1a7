import type { Pack } from '../../schema/pack';
import { answered, onClass, takes, unanswered, unconfirmedMedicine } from './conditions';

export const rules: Pack['rules'] = [
  // Skipping the medicines question decides this card (not shown) rather than leaving it "not checked":
  // the conditional card (last rule) takes its place, first, so the warning is never one bullet in that list.
  {
    caveat: 'anticoagulant',
    when: { type: 'all', of: [{ type: 'not', of: unanswered('medications') }, onClass('anticoagulant')] },
  },
  {
    caveat: 'high-dose-d3',
    when: { type: 'any', of: [answered('d3_strength', 'yes'), answered('vitamin_d_test', 'high')] },
  },
  { caveat: 'test-your-level', when: answered('vitamin_d_test', 'never', 'dont_know') },
  { caveat: 'low-level', when: answered('vitamin_d_test', 'low') },
  { caveat: 'adequate-level', when: answered('vitamin_d_test', 'normal') },
  // The article names no condition or medicine here: the conditions are the `digestion` question's, the
  // medicines the fat-absorption reducers, both sourced from the NIH Office of Dietary Supplements (see
  // ./questions.ts and ../medications.ts).
  {
    caveat: 'fat-digestion',
    when: {
      type: 'any',
      of: [
        answered(
          'digestion',
          'crohns',
          'ulcerative_colitis',
          'coeliac',
          'cystic_fibrosis',
          'liver',
          'bariatric',
          'other_fat',
        ),
        onClass('fat-absorption-reducer'),
      ],
    },
  },
  // "Older adults": the article gives no age, so we use 65, a common definition of older adult.
  { caveat: 'older-adult', when: { type: 'atLeast', question: 'age', value: 65 } },
  // "After midlife": taken as 50 and over.
  { caveat: 'midlife-bones', when: { type: 'atLeast', question: 'age', value: 50 } },
  { caveat: 'postmenopausal-bones', when: answered('menopause', 'after') },
  { caveat: 'calcium-supplements', when: takes('calcium') },
  { caveat: 'with-fat', when: answered('with_fat', 'no', 'varies') },
  { caveat: 'k2-form', when: answered('k2_form', 'mk4', 'mk7', 'dont_know') },
  { caveat: 'natto-eater', when: answered('natto', 'weekly') },
  // "Minimal fermented food": natto, other fermented foods and hard cheeses all rarely.
  {
    caveat: 'low-k2-diet',
    when: {
      type: 'all',
      of: [
        answered('natto', 'rarely'),
        answered('fermented_other', 'rarely'),
        answered('hard_cheese', 'rarely'),
      ],
    },
  },
  {
    caveat: 'sun-and-food',
    when: {
      type: 'any',
      of: [
        answered('sunlight', 'rarely'),
        // Long dark winters only: "in between" covers places with plenty of winter sun.
        answered('latitude', 'far'),
        // The article names skin tone without a direction; darker skin making less vitamin D in sunlight
        // is from the NIH Office of Dietary Supplements, "Vitamin D: Fact Sheet for Health Professionals",
        // section "Groups at Risk of Vitamin D Inadequacy" (people with dark skin).
        answered('skin_tone', 'darker'),
        // Little D3 from food: the article's D3 foods (fatty fish, egg yolks, fortified foods) all rarely.
        {
          type: 'all',
          of: [
            answered('fatty_fish', 'rarely'),
            answered('egg_yolks', 'rarely'),
            answered('fortified', 'rarely'),
          ],
        },
      ],
    },
  },
  // "Research on this combination is not uniform": for readers interested in the pair or taking it.
  {
    caveat: 'mixed-results',
    when: { type: 'any', of: [answered('reasons', 'bones', 'general'), takes('d3', 'k2')] },
  },
  { caveat: 'evidence-bone-density', when: answered('reasons', 'bones') },
  // The fracture trials were in women after menopause; the card says so, and shows for anyone asking about bones.
  { caveat: 'evidence-k2-fractures', when: answered('reasons', 'bones') },
  {
    caveat: 'evidence-mk7-bone-density',
    when: { type: 'any', of: [answered('reasons', 'bones'), answered('k2_form', 'mk7')] },
  },
  { caveat: 'evidence-heart', when: answered('reasons', 'heart') },
  { caveat: 'evidence-immune', when: answered('reasons', 'immune') },
  {
    caveat: 'evidence-combined',
    when: {
      type: 'any',
      of: [answered('reasons', 'general'), { type: 'all', of: [takes('d3'), takes('k2')] }],
    },
  },
  { caveat: 'antiplatelet-check', when: onClass('antiplatelet') },
  // The medicines question skipped, or a medicine we could not confirm and no anticoagulant among the
  // rest (an unlisted local brand may be one): the blood-thinner warning as a condition, first.
  {
    caveat: 'anticoagulant-if-taken',
    when: {
      type: 'any',
      of: [
        unanswered('medications'),
        { type: 'all', of: [unconfirmedMedicine, { type: 'not', of: onClass('anticoagulant') }] },
      ],
    },
  },
];
