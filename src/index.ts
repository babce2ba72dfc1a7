/**
 * The headless API: everything the widget decides, without the widget, and the only door for
 * partners. Runs in Node, a test or a partner's server as well as in the browser.
 */
export { d3k2 } from './content/d3-k2';
export { articles } from './content/registry';
export {
  type Assessment,
  assess,
  type Finding,
  type NotAssessed,
  type UnrecognisedMedication,
} from './rules/assess';
export { type Evaluation, evaluate } from './rules/evaluate';
export { type MedicationRecognition, recogniseMedication, suggestMedications } from './rules/medications';
export type { Because, MedicationMatch, MedicationReading } from './rules/types';
export { isQuestionShown, isQuestionVisible, shownAnswers, visibleAnswers } from './rules/visibility';
export { type Answers, AnswerValue, answersSchemaFor, MedicationEntry } from './schema/answers';
export { Article, Content } from './schema/article';
export { Condition } from './schema/condition';
export { Invariant } from './schema/invariant';
export { formatPath, type Issue, type IssueCode } from './schema/issues';
export { Medication, MedicationClass } from './schema/medication';
export { Caveat, Pack, Question } from './schema/pack';
export { findDosingLanguage, isDoseFree, removeDosingLanguage } from './text/dosing-guard';
export { normaliseMedicationText } from './text/normalise';
