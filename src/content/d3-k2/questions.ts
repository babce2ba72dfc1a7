import type { Option, Pack } from '../../schema/pack';
import { BLOOD_THINNER_UNSURE_ID } from '../medications/list';
import { takes, UNDER_18 } from './conditions';

/** At the age question, to a reader under 18; the results say the same on the notice card. */
const UNDER_18_NOTICE =
  'This questionnaire and its results are written for adults. For a child or teenager, ask a doctor or pharmacist what applies.';

const dontKnow: Option = { id: 'dont_know', label: "I don't know" };
const preferNot: Option = { id: 'prefer_not', label: 'Prefer not to say' };
/** "Not sure", for a question about a product's label rather than about the reader. */
const notSure: Option = { id: 'dont_know', label: 'Not sure' };
/** In a multi choice, options that are ticked alone. */
const noneOfThese: Option = { id: 'none', label: 'None of these', exclusive: true };
const dontKnowAlone: Option = { ...dontKnow, exclusive: true };
const tickAll = 'Tick all that apply.';

/** One food's row of the "how often" group; `legend` names the food there, `label` in the reader's answers. */
const howOften = (id: string, label: string, food: string, legend = food): Pack['questions'][number] => ({
  id,
  step: 'sun_food',
  kind: 'single',
  label,
  reason: `${food}: {answer}`,
  row: { group: 'how_often', legend },
  options: [
    { id: 'weekly', label: 'Weekly or more' },
    { id: 'sometimes', label: 'Now and then' },
    { id: 'rarely', label: 'Rarely or never' },
    dontKnow,
  ],
});

// The medicines come second, right after the short first step: the blood-thinner question is the one
// that matters most, and a reader who has answered it may go straight to the results from there.
export const steps: Pack['steps'] = [
  { id: 'about', title: 'About you' },
  { id: 'medicines', title: 'Medicines and supplements', skipToResults: true },
  { id: 'sun_food', title: 'Sunlight and food', skipToResults: true },
  { id: 'health', title: 'Health, tests and your reasons' },
];

export const groups: NonNullable<Pack['groups']> = [
  { id: 'how_often', label: 'How often do you eat these?' },
];

export const questions: Pack['questions'] = [
  {
    id: 'age',
    step: 'about',
    kind: 'number',
    label: 'How old are you?',
    reason: 'You are {answer} years old',
    min: 1,
    max: 120,
    options: [preferNot],
    // The widget's own note, not the article's: its research and caveats are about adults.
    notice: { when: UNDER_18, text: UNDER_18_NOTICE },
  },
  // Sex is not asked: only the menopause research needs it, so that is asked directly, of everyone.
  {
    id: 'menopause',
    step: 'about',
    kind: 'single',
    label: 'Have you been through menopause?',
    hint: 'Some bone research was in women after menopause.',
    reason: 'Menopause: {answer}',
    options: [
      { id: 'not_applicable', label: "Doesn't apply to me" },
      { id: 'before', label: 'Not yet' },
      { id: 'during', label: "I'm going through it now" },
      { id: 'after', label: "Yes, I've been through it" },
      preferNot,
    ],
  },
  {
    id: 'sunlight',
    step: 'sun_food',
    kind: 'single',
    label: 'How often are you outdoors in daylight with some skin uncovered?',
    reason: 'Time in daylight: {answer}',
    options: [
      { id: 'most_days', label: 'Most days' },
      { id: 'some_days', label: 'Some days' },
      { id: 'rarely', label: 'Rarely' },
      dontKnow,
    ],
  },
  {
    id: 'latitude',
    step: 'sun_food',
    kind: 'single',
    label: 'What is winter like where you live?',
    // The further from the equator, the weaker the winter sun: Engelsen, Nutrients 2010 (PMC3257661),
    // cited on the sun-and-food card.
    hint: 'We only need the kind of place, not your address. The further from the equator, the weaker the winter sun.',
    reason: 'Winters where you live: {answer}',
    options: [
      { id: 'far', label: 'Long and dark, with short days' },
      { id: 'temperate', label: "In between: some winter, but the days don't get very short" },
      { id: 'near', label: 'Hardly any winter: strong sun most of the year' },
      dontKnow,
      preferNot,
    ],
  },
  {
    id: 'skin_tone',
    step: 'sun_food',
    kind: 'single',
    label: 'How would you describe your skin tone?',
    // The direction is the NIH fact sheet's, cited on the sun-and-food card.
    hint: 'We ask because darker skin makes less vitamin D from the same sunlight.',
    reason: 'Skin tone: {answer}',
    options: [
      { id: 'lighter', label: 'Lighter' },
      { id: 'medium', label: 'Medium' },
      { id: 'darker', label: 'Darker' },
      preferNot,
    ],
  },
  // Natto on its own: the article says of natto alone that it is unusually rich in K2.
  howOften(
    'natto',
    'How often do you eat natto (a Japanese fermented soy food)?',
    'Natto',
    'Natto (a Japanese fermented soy food)',
  ),
  howOften(
    'fermented_other',
    'How often do you eat other fermented foods, such as sauerkraut or kefir?',
    'Other fermented foods',
    'Other fermented foods, such as sauerkraut or kefir',
  ),
  howOften('hard_cheese', 'How often do you eat hard cheeses?', 'Hard cheeses'),
  howOften('egg_yolks', 'How often do you eat egg yolks?', 'Egg yolks'),
  howOften(
    'fatty_fish',
    'How often do you eat fatty fish, such as salmon or sardines?',
    'Fatty fish',
    'Fatty fish, such as salmon or sardines',
  ),
  howOften(
    'fortified',
    'How often do you eat foods with vitamin D added, such as some milk or cereal?',
    'Foods with vitamin D added',
    'Foods with vitamin D added, such as some milk or cereal',
  ),
  // The article says only "gut health and fat digestion capacity" affect absorption. The conditions are
  // from the NIH Office of Dietary Supplements fact sheets cited on the fat-digestion card: "Vitamin D"
  // (conditions that limit fat absorption: some forms of liver disease, cystic fibrosis, celiac disease,
  // Crohn's disease, ulcerative colitis; gastric bypass surgery) and "Vitamin K" (malabsorption
  // disorders such as cystic fibrosis, celiac disease and ulcerative colitis; bariatric surgery).
  // Pancreatic insufficiency and gallbladder disease are not named there, so they are not offered.
  {
    id: 'digestion',
    step: 'health',
    kind: 'multi',
    label: 'Do you have any of these conditions that can affect how you absorb fat?',
    hint: tickAll,
    reason: 'Digestion: {answer}',
    options: [
      { id: 'crohns', label: "Crohn's disease" },
      { id: 'ulcerative_colitis', label: 'Ulcerative colitis' },
      { id: 'coeliac', label: 'Celiac disease' },
      { id: 'cystic_fibrosis', label: 'Cystic fibrosis' },
      { id: 'liver', label: 'Liver disease' },
      { id: 'bariatric', label: 'Surgery to lose weight, such as a gastric bypass' },
      { id: 'other_fat', label: 'Another problem that makes fat hard to digest' },
      noneOfThese,
      dontKnowAlone,
      { ...preferNot, exclusive: true },
    ],
  },
  {
    id: 'vitamin_d_test',
    step: 'health',
    kind: 'single',
    label: 'What did your latest vitamin D blood test show?',
    reason: 'Your last vitamin D test: {answer}',
    options: [
      { id: 'low', label: 'Low' },
      { id: 'normal', label: 'In the normal range' },
      { id: 'high', label: 'High' },
      { id: 'never', label: "I've never been tested" },
      { id: 'dont_know', label: "I don't know or don't remember" },
    ],
  },
  {
    id: 'medications',
    step: 'medicines',
    kind: 'medications',
    label: 'Which medicines are you using at the moment?',
    hint: 'Include medicines you buy without a prescription, such as aspirin. Include short courses and injections, such as after an operation. Type each name as it is on the label, box or pen.',
    unansweredReason: 'Your answers don’t show which medicines you take',
    shortcuts: [
      { label: "I take a blood thinner but I'm not sure which", medication: BLOOD_THINNER_UNSURE_ID },
    ],
    notes: {
      stem: 'looks like a blood thinner — check it with your pharmacist',
      cut: 'Long entry: {cut} more characters are not shown here, but all of it was checked for blood thinners.',
    },
  },
  {
    id: 'supplements',
    step: 'medicines',
    kind: 'multi',
    label: 'Which of these supplements do you take?',
    hint: tickAll,
    reason: 'Supplements: {answer}',
    options: [
      { id: 'd3', label: 'Vitamin D3' },
      { id: 'k2', label: 'Vitamin K2' },
      { id: 'calcium', label: 'Calcium' },
      { id: 'multivitamin', label: 'A multivitamin' },
      noneOfThese,
      dontKnowAlone,
    ],
  },
  {
    id: 'k2_form',
    step: 'medicines',
    kind: 'single',
    label: 'Which form of K2 is it?',
    hint: 'The label usually says MK-4 or MK-7, or menaquinone-4 or -7.',
    reason: 'Your K2 form: {answer}',
    showIf: takes('k2'),
    options: [{ id: 'mk4', label: 'MK-4' }, { id: 'mk7', label: 'MK-7' }, notSure],
  },
  {
    id: 'd3_strength',
    step: 'medicines',
    kind: 'single',
    label: 'Is your vitamin D3 a high-strength or prescription product?',
    reason: 'High-strength or prescribed D3: {answer}',
    showIf: takes('d3'),
    options: [{ id: 'yes', label: 'Yes' }, { id: 'no', label: 'No, a standard product' }, notSure],
  },
  {
    id: 'with_fat',
    step: 'medicines',
    kind: 'single',
    label: 'Do you usually have them with a meal or snack that contains some fat?',
    reason: 'With a meal that has fat: {answer}',
    showIf: takes('d3', 'k2', 'multivitamin'),
    options: [
      { id: 'yes', label: 'Yes, usually' },
      { id: 'varies', label: 'It varies' },
      { id: 'no', label: 'No, usually with no meal' },
      dontKnow,
    ],
  },
  {
    id: 'reasons',
    step: 'health',
    kind: 'multi',
    label: 'What interests you about D3 and K2?',
    hint: tickAll,
    reason: 'Your interest: {answer}',
    options: [
      { id: 'bones', label: 'Bones' },
      { id: 'heart', label: 'Heart and arteries' },
      { id: 'immune', label: 'Immune function' },
      { id: 'general', label: 'General health' },
      { id: 'curious', label: "None of these, I'm just curious", exclusive: true },
    ],
  },
];
