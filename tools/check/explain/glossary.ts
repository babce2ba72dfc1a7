import type { Medication } from '../../../src/schema/medication';
import type { Pack, Question } from '../../../src/schema/pack';

/** What plain-words descriptions read from: the pack's questions and the medication list. */
export type Glossary = { pack: Pack; questions: ReadonlyMap<string, Question>; list: readonly Medication[] };
