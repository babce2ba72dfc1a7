import type { MedicationBook } from '../../../src/rules/medications';
import type { Pack, Question } from '../../../src/schema/pack';

/** What plain-words descriptions read from: the pack's questions, the medication list and its classes. */
export type Glossary = { pack: Pack; questions: ReadonlyMap<string, Question>; book: MedicationBook };
