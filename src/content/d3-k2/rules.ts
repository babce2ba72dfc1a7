import type { Condition } from '../../schema/condition';
import type { Pack } from '../../schema/pack';
import { BLOOD_THINNER_UNSURE_ID } from '../medications/list';
import { answered, forAdults, onClass, takes, UNDER_18, unanswered, unconfirmedEntry } from './conditions';

const medicationsAnswered: Condition = { type: 'not', of: unanswered('medications') };
/** "I take a blood thinner but I'm not sure which", tapped or typed. */
const unsureWhichBloodThinner: Condition = {
  type: 'medication',
  question: 'medications',
  anyOf: [BLOOD_THINNER_UNSURE_ID],
};
/** A blood thinner the reader named, other than "not sure which". */
const namedAnticoagulant: Condition = {
  type: 'all',
  of: [onClass('anticoagulant'), { type: 'not', of: unsureWhichBloodThinner }],
};
const noVitaminKAntagonist: Condition = { type: 'not', of: onClass('vitamin-k-antagonist') };

export const rules: Pack['rules'] = [
  // Skipping the medicines question decides these cards (not shown) rather than leaving them "not
  // checked": the conditional card takes their place, first, so the warning is never one bullet there.
  // One blood-thinner card per reader: the warfarin-type one for any vitamin K antagonist; the one for
  // other blood thinners when the reader named one and none is a vitamin K antagonist; otherwise, when
  // we cannot tell (skipped, "not sure which", a name we could not confirm), the conditional one.
  {
    // Every blood thinner the reader listed makes a "why" line, not only the warfarin-type one.
    caveat: 'anticoagulant-vka',
    when: {
      type: 'all',
      of: [medicationsAnswered, onClass('vitamin-k-antagonist'), onClass('anticoagulant')],
    },
  },
  {
    caveat: 'anticoagulant',
    when: { type: 'all', of: [medicationsAnswered, namedAnticoagulant, noVitaminKAntagonist] },
  },
  // Decided for a reader who does not give their age (not shown), rather than left "not checked".
  { caveat: 'for-adults', when: { type: 'all', of: [{ type: 'not', of: unanswered('age') }, UNDER_18] } },
  { caveat: 'high-dose-d3', when: answered('d3_strength', 'yes') },
  { caveat: 'high-level', when: answered('vitamin_d_test', 'high') },
  { caveat: 'test-your-level', when: forAdults(answered('vitamin_d_test', 'never', 'dont_know')) },
  { caveat: 'low-level', when: forAdults(answered('vitamin_d_test', 'low')) },
  { caveat: 'adequate-level', when: forAdults(answered('vitamin_d_test', 'normal')) },
  // The article names no condition or medicine here: the conditions are the `digestion` question's, the
  // medicines the fat-absorption reducers, both sourced from the NIH Office of Dietary Supplements (see
  // the digestion question and the medicine list's fat-absorption reducers).
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
  { caveat: 'postmenopausal-bones', when: forAdults(answered('menopause', 'after')) },
  { caveat: 'calcium-supplements', when: forAdults(takes('calcium')) },
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
  // The research cards draw conclusions from trials in adults: not for readers under 18.
  {
    caveat: 'mixed-results',
    when: forAdults({ type: 'any', of: [answered('reasons', 'bones', 'general'), takes('d3', 'k2')] }),
  },
  { caveat: 'evidence-bone-density', when: forAdults(answered('reasons', 'bones')) },
  // The fracture trials were in women after menopause; the card says so, and shows for anyone asking about bones.
  { caveat: 'evidence-k2-fractures', when: forAdults(answered('reasons', 'bones')) },
  {
    caveat: 'evidence-mk7-bone-density',
    when: forAdults({ type: 'any', of: [answered('reasons', 'bones'), answered('k2_form', 'mk7')] }),
  },
  { caveat: 'evidence-heart', when: forAdults(answered('reasons', 'heart')) },
  { caveat: 'evidence-immune', when: forAdults(answered('reasons', 'immune')) },
  {
    caveat: 'evidence-combined',
    when: forAdults({
      type: 'any',
      of: [answered('reasons', 'general'), { type: 'all', of: [takes('d3'), takes('k2')] }],
    }),
  },
  { caveat: 'antiplatelet-check', when: onClass('antiplatelet') },
  // The medicines question skipped; or "not sure which", or a medicine we could not confirm (an unlisted
  // local brand may be one), with no vitamin K antagonist and no other blood thinner named: the
  // blood-thinner warning as a condition, first.
  {
    caveat: 'anticoagulant-if-taken',
    when: {
      type: 'any',
      of: [
        unanswered('medications'),
        {
          type: 'all',
          of: [
            noVitaminKAntagonist,
            { type: 'any', of: [unsureWhichBloodThinner, { type: 'not', of: namedAnticoagulant }] },
            { type: 'any', of: [unsureWhichBloodThinner, unconfirmedEntry] },
          ],
        },
      ],
    },
  },
];
