/**
 * The headless API: everything the widget decides, without the widget. Runs in Node, a test or
 * a partner's server as well as in the browser.
 */
export { d3k2 } from './content/d3-k2';
export { medications } from './content/medications';
export { type Assessment, assess, type Finding, type NotAssessed } from './rules/assess';
export { findDosingLanguage, isDoseFree, removeDosingLanguage } from './rules/dosing-guard';
export { type Evaluation, evaluate } from './rules/evaluate';
export {
  type MedicationRecognition,
  normaliseMedicationText,
  recogniseMedication,
  suggestMedications,
} from './rules/medications';
export { isQuestionShown, shownAnswers } from './rules/visibility';
export { type Answers, AnswerValue, answersSchemaFor, MedicationEntry } from './schema/answers';
export { Condition } from './schema/condition';
export { Invariant } from './schema/invariant';
export type { Issue } from './schema/issues';
export { Medication, MedicationClass } from './schema/medication';
export { Caveat, Pack, Question } from './schema/pack';
