import type { Option, Pack } from '../../schema/pack';
import { BLOOD_THINNER_UNSURE_ID } from '../medications/list';
import { answered, takes } from './conditions';

const dontKnow: Option = { id: 'dont_know', label: "I don't know" };
const preferNot: Option = { id: 'prefer_not', label: 'Prefer not to say' };
/** "Not sure", for a question about a product's label rather than about the reader. */
const notSure: Option = { id: 'dont_know', label: 'Not sure' };
/** In a multi choice, options that are ticked alone. */
const noneOfThese: Option = { id: 'none', label: 'None of these', exclusive: true };
const dontKnowAlone: Option = { ...dontKnow, exclusive: true };
const tickAll = 'Tick all that apply.';

const howOften = (id: string, label: string, food: string): Pack['questions'][number] => ({
  id,
  step: 'diet',
  kind: 'single',
  label,
  reason: `${food}: {answer}`,
  options: [
    { id: 'weekly', label: 'Weekly or more' },
    { id: 'sometimes', label: 'Now and then' },
    { id: 'rarely', label: 'Rarely or never' },
    dontKnow,
  ],
});

export const steps: Pack['steps'] = [
  { id: 'about', title: 'About you' },
  { id: 'sun', title: 'Sunlight' },
  { id: 'diet', title: 'Diet' },
  { id: 'health', title: 'Digestion and tests' },
  { id: 'medications', title: 'Medications' },
  { id: 'supplements', title: 'Supplements' },
  { id: 'reasons', title: 'Your reasons' },
];

export const questions: Pack['questions'] = [
  {
    id: 'age',
    step: 'about',
    kind: 'number',
    label: 'How old are you?',
    hint: 'In years.',
    reason: 'You are {answer} years old',
    min: 1,
    max: 120,
    options: [preferNot],
  },
  {
    id: 'sex',
    step: 'about',
    kind: 'single',
    label: 'What sex were you assigned at birth?',
    hint: 'Some of the research looked at women after menopause.',
    reason: 'Sex: {answer}',
    options: [
      { id: 'female', label: 'Female' },
      { id: 'male', label: 'Male' },
      { id: 'intersex', label: 'Intersex' },
      preferNot,
    ],
  },
  {
    id: 'menopause',
    step: 'about',
    kind: 'single',
    label: 'Where are you with menopause?',
    reason: 'Menopause: {answer}',
    showIf: answered('sex', 'female', 'intersex'),
    options: [
      { id: 'before', label: 'Before menopause' },
      { id: 'during', label: 'Going through it' },
      { id: 'after', label: 'After menopause' },
      dontKnow,
      preferNot,
    ],
  },
  {
    id: 'sunlight',
    step: 'sun',
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
    step: 'sun',
    kind: 'single',
    label: 'Where do you live?',
    reason: 'Where you live: {answer}',
    options: [
      { id: 'far', label: 'Far from the equator, with long dark winters' },
      { id: 'near', label: 'Nearer the equator, with strong sun most of the year' },
      dontKnow,
      preferNot,
    ],
  },
  {
    id: 'skin_tone',
    step: 'sun',
    kind: 'single',
    label: 'How would you describe your skin tone?',
    reason: 'Skin tone: {answer}',
    options: [
      { id: 'lighter', label: 'Lighter' },
      { id: 'medium', label: 'Medium' },
      { id: 'darker', label: 'Darker' },
      preferNot,
    ],
  },
  howOften('natto', 'How often do you eat natto or other fermented foods?', 'Natto or other fermented foods'),
  howOften('hard_cheese', 'How often do you eat hard cheeses?', 'Hard cheeses'),
  howOften('egg_yolks', 'How often do you eat egg yolks?', 'Egg yolks'),
  howOften('fatty_fish', 'How often do you eat fatty fish, such as salmon or sardines?', 'Fatty fish'),
  howOften(
    'fortified',
    'How often do you eat foods with added vitamin D, such as fortified milk or cereal?',
    'Fortified foods',
  ),
  // The article says only "gut health and fat digestion capacity" affect absorption. The conditions are
  // from the NIH Office of Dietary Supplements: "Vitamin D: Fact Sheet for Health Professionals", section
  // "Groups at Risk of Vitamin D Inadequacy" (conditions that limit fat absorption, such as Crohn's and
  // celiac disease and some liver diseases; gastric bypass surgery), and "Vitamin K: Fact Sheet for Health
  // Professionals", section "Groups at Risk of Vitamin K Inadequacy" (malabsorption disorders; bariatric
  // surgery). Pancreatic insufficiency and gallbladder disease or removal, which reduce the enzymes and
  // bile that digest fat, are not named there by those words.
  {
    id: 'digestion',
    step: 'health',
    kind: 'multi',
    label: 'Do you have any of these conditions that affect how you digest fat?',
    hint: tickAll,
    reason: 'Digestion: {answer}',
    options: [
      { id: 'crohns', label: "Crohn's disease" },
      { id: 'coeliac', label: 'Coeliac (celiac) disease' },
      { id: 'pancreatic', label: 'Pancreatic insufficiency' },
      { id: 'bariatric', label: 'Weight-loss (bariatric) surgery' },
      { id: 'liver', label: 'Liver disease' },
      { id: 'gallbladder', label: 'Gallbladder disease or removal' },
      { id: 'other_fat', label: 'Another condition that affects fat digestion' },
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
    reason: 'Latest vitamin D test: {answer}',
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
    step: 'medications',
    kind: 'medications',
    label: 'Which medicines do you take regularly?',
    hint: 'Type each name as it appears on the label or box.',
    shortcuts: [
      { label: "I take a blood thinner but I'm not sure which", medication: BLOOD_THINNER_UNSURE_ID },
    ],
  },
  {
    id: 'supplements',
    step: 'supplements',
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
    step: 'supplements',
    kind: 'single',
    label: 'Which form of K2 is it?',
    hint: 'The label usually says MK-4 or MK-7 (menaquinone).',
    reason: 'Your K2 form: {answer}',
    showIf: takes('k2'),
    options: [{ id: 'mk4', label: 'MK-4' }, { id: 'mk7', label: 'MK-7' }, notSure],
  },
  {
    id: 'd3_strength',
    step: 'supplements',
    kind: 'single',
    label: 'Is your vitamin D3 a high-strength or prescription product?',
    reason: 'High-strength or prescription D3: {answer}',
    showIf: takes('d3'),
    options: [{ id: 'yes', label: 'Yes' }, { id: 'no', label: 'No, an everyday product' }, notSure],
  },
  {
    id: 'with_fat',
    step: 'supplements',
    kind: 'single',
    label: 'Do you usually have them with a meal or snack that contains some fat?',
    reason: 'With a meal that has fat: {answer}',
    showIf: takes('d3', 'k2', 'multivitamin'),
    options: [
      { id: 'yes', label: 'Yes, usually' },
      { id: 'varies', label: 'It varies' },
      { id: 'no', label: 'No, usually on an empty stomach' },
      dontKnow,
    ],
  },
  {
    id: 'reasons',
    step: 'reasons',
    kind: 'multi',
    label: 'What interests you about D3 and K2?',
    hint: tickAll,
    reason: 'Your interest: {answer}',
    options: [
      { id: 'bones', label: 'Bones' },
      { id: 'heart', label: 'Heart and arteries' },
      { id: 'immune', label: 'Immune function' },
      { id: 'general', label: 'General health' },
    ],
  },
];
