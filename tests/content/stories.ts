// Readers of the D3 + K2 article as answer sets, shared by the tests that evaluate them: who sees each
// caveat and who, with a near-identical story, does not (tests/content/d3-k2.test.ts), and the same
// readers in another locale (tests/content/locale-parity.test.ts).
import type { Answers } from '../../src/schema/answers';

/** Answers that list the medicines typed, one entry each. */
export const meds = (...typed: string[]) => ({ medications: typed.map((t) => ({ typed: t })) });

type Story = [reader: string, answers: Answers];
// Who sees each caveat, and who, with a near-identical story, does not.
const unsure = {
  medications: [{ typed: "I take a blood thinner but I'm not sure which", id: 'blood-thinner-unsure' }],
};
export const caveatStories: Record<string, { shows: Story[]; hides: Story[] }> = {
  'anticoagulant-vka': {
    shows: [
      ['a reader who types "Coumadin 5 mg tablets"', meds('Coumadin 5 mg tablets')],
      ['a reader in Germany on Marcumar', meds('Marcumar')],
      ['a reader in Spain on Sintrom', meds('Sintrom 4 mg')],
      ['a reader who misspells warfarin as "warfrin"', meds('warfrin')],
      ['a reader on warfarin and apixaban', meds('warfarin', 'Eliquis')],
    ],
    hides: [
      ['a reader on Eliquis (a blood thinner of another type)', meds('Eliquis')],
      ['a reader who takes a blood thinner but is not sure which', unsure],
      ['a reader who skips the medicines question', { age: 70 }],
    ],
  },
  anticoagulant: {
    shows: [
      ['a reader on Eliquis and metformin', meds('metformin', 'Eliquis')],
      ['a reader who nearly spells Xarelto', meds('Xareltoo')],
      ['a reader on an enoxaparin pen', meds('Clexane 40 mg/0.4 mL')],
      ['a reader on Pradaxa and a medicine we do not know', meds('Pradaxa', 'Zorblax')],
    ],
    hides: [
      ['a reader on Lovaza (an omega-3, not a blood thinner)', meds('Lovaza')],
      ['a reader using Xalatan eye drops', meds('Xalatan')],
      ['a reader who takes no medicines', { medications: [] }],
      ['a reader on warfarin (the card for blood thinners like it shows)', meds('warfarin')],
      ['a reader who takes a blood thinner but is not sure which', unsure],
      ['a reader who skips the medicines question (the conditional card stands in)', { age: 70 }],
    ],
  },
  'anticoagulant-if-taken': {
    shows: [
      ['a reader who skips every question', {}],
      ['a reader who skips only the medicines question', { age: 70, supplements: ['k2'] }],
      ['a reader who takes a blood thinner but is not sure which', unsure],
      ['a reader who lists a medicine we do not know (it may be a local blood thinner)', meds('Zorblax')],
      ['a reader who writes their medicine in their own words', meds('my heart pill', 'metformin')],
    ],
    hides: [
      ['a reader who takes no medicines', { medications: [] }],
      ['a reader on warfarin (the card about their own blood thinner shows)', meds('warfarin')],
      ['a reader on warfarin and a medicine we do not know', meds('warfarin', 'Zorblax')],
      ['a reader on Eliquis', meds('Eliquis')],
      ['a reader on metformin only', meds('metformin')],
    ],
  },
  'for-adults': {
    shows: [
      ['a reader aged 15', { age: 15 }],
      ['a reader aged 17 on warfarin', { age: 17, ...meds('warfarin') }],
    ],
    hides: [
      ['a reader aged 18', { age: 18 }],
      ['a reader who does not give their age', {}],
    ],
  },
  'high-dose-d3': {
    shows: [['a reader on a prescription-strength D3', { supplements: ['d3'], d3_strength: 'yes' }]],
    hides: [
      ['a reader on an everyday D3', { supplements: ['d3'], d3_strength: 'no', vitamin_d_test: 'normal' }],
      ['a reader whose last test came back high (a card of its own)', { vitamin_d_test: 'high' }],
    ],
  },
  'high-level': {
    shows: [
      ['a reader whose last test came back high', { vitamin_d_test: 'high' }],
      ['a reader aged 16 whose last test came back high', { age: 16, vitamin_d_test: 'high' }],
    ],
    hides: [['a reader whose last test was normal', { vitamin_d_test: 'normal' }]],
  },
  'test-your-level': {
    shows: [
      ['a reader never tested', { vitamin_d_test: 'never' }],
      ["a reader who doesn't remember their result", { vitamin_d_test: 'dont_know' }],
    ],
    hides: [['a reader with a recent normal result', { vitamin_d_test: 'normal' }]],
  },
  'low-level': {
    shows: [['a reader whose test was low', { vitamin_d_test: 'low' }]],
    hides: [
      ['a reader whose test was normal', { vitamin_d_test: 'normal' }],
      [
        'a reader aged 16 whose test was low (the research was in adults)',
        { age: 16, vitamin_d_test: 'low' },
      ],
    ],
  },
  'adequate-level': {
    shows: [['a reader whose test was normal', { vitamin_d_test: 'normal' }]],
    hides: [['a reader whose test was low', { vitamin_d_test: 'low' }]],
  },
  'fat-digestion': {
    shows: [
      ["a reader with Crohn's disease", { digestion: ['crohns'] }],
      ['a reader after bariatric surgery', { digestion: ['bariatric'] }],
      ['a reader with cystic fibrosis', { digestion: ['cystic_fibrosis'] }],
      ['a reader with ulcerative colitis', { digestion: ['ulcerative_colitis'] }],
      ['a reader on orlistat (Xenical)', meds('Xenical 120mg')],
    ],
    hides: [['a reader with none of these conditions', { digestion: ['none'], medications: [] }]],
  },
  'older-adult': {
    shows: [['a 72-year-old', { age: 72 }]],
    hides: [['a 64-year-old', { age: 64 }]],
  },
  'midlife-bones': {
    shows: [['a 50-year-old', { age: 50 }]],
    hides: [['a 49-year-old', { age: 49 }]],
  },
  'postmenopausal-bones': {
    shows: [['a woman after menopause', { menopause: 'after' }]],
    hides: [
      ['a woman before menopause', { menopause: 'before' }],
      ['a woman going through menopause', { menopause: 'during' }],
      ['a reader for whom menopause does not apply', { menopause: 'not_applicable' }],
    ],
  },
  'antiplatelet-check': {
    shows: [
      ['a reader on aspirin', meds('Aspirin 81 mg')],
      ['a reader on Brilinta and warfarin', meds('Brilinta', 'warfarin')],
    ],
    hides: [['a reader on warfarin only', meds('warfarin')]],
  },
  'calcium-supplements': {
    shows: [['a reader taking calcium and D3', { supplements: ['calcium', 'd3'] }]],
    hides: [['a reader taking only D3', { supplements: ['d3'] }]],
  },
  'with-fat': {
    shows: [['a reader who takes D3 on an empty stomach', { supplements: ['d3'], with_fat: 'no' }]],
    hides: [
      ['a reader who takes D3 with meals', { supplements: ['d3'], with_fat: 'yes' }],
      [
        'a reader who dropped supplements, with an old answer left over',
        { supplements: ['none'], with_fat: 'no' },
      ],
    ],
  },
  'k2-form': {
    shows: [
      ['a reader taking MK-7', { supplements: ['k2'], k2_form: 'mk7' }],
      ['a reader taking K2 of an unknown form', { supplements: ['k2'], k2_form: 'dont_know' }],
    ],
    hides: [['a reader not taking K2', { supplements: ['d3'], k2_form: 'mk4' }]],
  },
  'natto-eater': {
    shows: [['a reader who eats natto every week', { natto: 'weekly' }]],
    hides: [
      ['a reader who rarely eats natto', { natto: 'rarely' }],
      [
        'a reader who eats other fermented foods weekly but rarely natto',
        { natto: 'rarely', fermented_other: 'weekly' },
      ],
    ],
  },
  'low-k2-diet': {
    shows: [
      [
        'a reader who rarely eats natto, other fermented foods or hard cheese',
        { natto: 'rarely', fermented_other: 'rarely', hard_cheese: 'rarely' },
      ],
    ],
    hides: [
      [
        'a reader who eats natto every week',
        { natto: 'weekly', fermented_other: 'rarely', hard_cheese: 'rarely' },
      ],
      [
        'a reader who rarely eats natto but often other fermented foods',
        { natto: 'rarely', fermented_other: 'weekly', hard_cheese: 'rarely' },
      ],
      [
        'a reader who rarely eats fermented foods but often hard cheese',
        { natto: 'rarely', fermented_other: 'rarely', hard_cheese: 'weekly' },
      ],
    ],
  },
  'sun-and-food': {
    shows: [
      ['a reader who is rarely outdoors', { sunlight: 'rarely' }],
      ['a reader with long dark winters', { latitude: 'far' }],
      ['a reader with darker skin', { skin_tone: 'darker' }],
      [
        'a reader who rarely eats fatty fish, egg yolks or fortified foods',
        { fatty_fish: 'rarely', egg_yolks: 'rarely', fortified: 'rarely' },
      ],
    ],
    hides: [
      [
        'a reader with lighter skin, near the equator, outdoors most days',
        { sunlight: 'most_days', latitude: 'near', skin_tone: 'lighter', fatty_fish: 'weekly' },
      ],
      [
        'a reader with lighter skin and in-between winters, outdoors most days',
        { sunlight: 'most_days', latitude: 'temperate', skin_tone: 'lighter', fatty_fish: 'weekly' },
      ],
    ],
  },
  'pairing-evidence': {
    shows: [
      ['a reader who skips everything', {}],
      ['a reader on warfarin', meds('warfarin')],
    ],
    hides: [],
  },
  'mixed-results': {
    shows: [
      ['a reader interested in bones', { reasons: ['bones'] }],
      ['a reader taking D3', { supplements: ['d3'] }],
      ['a reader taking K2', { supplements: ['k2'] }],
    ],
    hides: [
      [
        'a reader interested in heart health who takes only calcium',
        { reasons: ['heart'], supplements: ['calcium'] },
      ],
      ['a reader who is just curious', { reasons: ['curious'] }],
    ],
  },
  'evidence-k2-fractures': {
    shows: [
      ['a reader interested in bones', { reasons: ['bones'] }],
      [
        'a reader interested in bones, for whom menopause does not apply',
        { reasons: ['bones'], menopause: 'not_applicable' },
      ],
    ],
    hides: [['a reader interested in heart health', { reasons: ['heart'] }]],
  },
  'evidence-mk7-bone-density': {
    shows: [
      ['a reader interested in bones', { reasons: ['bones'] }],
      ['a reader taking K2 as MK-7', { supplements: ['k2'], k2_form: 'mk7' }],
    ],
    hides: [
      ['a reader interested in immunity', { reasons: ['immune'] }],
      [
        'a reader taking K2 as MK-4, interested in heart health',
        { supplements: ['k2'], k2_form: 'mk4', reasons: ['heart'] },
      ],
    ],
  },
  'evidence-bone-density': {
    shows: [['a reader interested in bones', { reasons: ['bones'] }]],
    hides: [
      ['a reader interested in immunity', { reasons: ['immune'] }],
      ['a reader who is just curious', { reasons: ['curious'] }],
    ],
  },
  'evidence-heart': {
    shows: [['a reader interested in heart health', { reasons: ['heart'] }]],
    hides: [['a reader interested in bones', { reasons: ['bones'] }]],
  },
  'evidence-immune': {
    shows: [['a reader interested in immunity', { reasons: ['immune', 'general'] }]],
    hides: [['a reader interested in heart health', { reasons: ['heart'] }]],
  },
  'evidence-combined': {
    shows: [
      ['a reader interested in general health', { reasons: ['general'] }],
      ['a reader taking both D3 and K2', { supplements: ['d3', 'k2'] }],
    ],
    hides: [['a reader taking D3 alone, interested in bones', { supplements: ['d3'], reasons: ['bones'] }]],
  },
  'amounts-for-your-provider': {
    shows: [
      ['a reader who skips everything', {}],
      ['a reader on warfarin', meds('warfarin')],
    ],
    hides: [],
  },
};

/** The readers the tests of one story follow further (tests/content/d3-k2.test.ts), by who they are. */
export const storyReaders: Record<string, Answers> = {
  'an older reader on Coumadin who takes D3 and calcium': {
    age: 74,
    ...meds('Coumadin 5 mg tablets'),
    supplements: ['d3', 'calcium'],
    d3_strength: 'no',
    with_fat: 'yes',
  },
  'a reader who answers "prefer not to say"': { age: 'prefer_not' },
  'a reader who takes a blood thinner but is not sure which': unsure,
  'a reader who lists two medicines in one entry': meds('Xenical and Coumadin'),
  'a reader who named a medicine we could not confirm': meds('Zorblax 10 mg'),
  'a 15-year-old reader': {
    age: 15,
    ...meds('warfarin'),
    supplements: ['d3', 'k2', 'calcium'],
    vitamin_d_test: 'low',
    reasons: ['bones', 'heart'],
  },
};
