import { decide } from '../../src/rules/conditions';
import { contextFor } from '../../src/rules/context';
import type { Answers } from '../../src/schema/answers';
import type { Medication, MedicationClasses } from '../../src/schema/medication';
import type { Pack, Question } from '../../src/schema/pack';
import type { AnswerSpace } from './answer-space';
import { questionsNamedBy } from './condition-tree';

/** A pack with the answers worth trying for each of its questions. */
export type Space = {
  pack: Pack;
  medications: readonly Medication[];
  classes: MedicationClasses;
  values: AnswerSpace;
  questions: ReadonlyMap<string, Question>;
};

/** Beyond this many combinations for one condition, checking would take minutes: it is reported instead. */
export const MAX_COMBINATIONS = 1_000_000;

/** The most combinations `forEachCombination` could visit for these questions (visibility prunes some). */
export function combinationBound(space: Space, questionIds: Iterable<string>): number {
  let bound = 1;
  for (const id of questionIds) bound *= space.values.get(id)?.length ?? 1;
  return bound;
}

/** The message for a condition (or invariant) whose combinations of answers are too many to try. */
export function tooManyCombinations(bound: number): string {
  return `Too many combinations of answers to check exactly (up to ${bound.toLocaleString('en')}, more than ${MAX_COMBINATIONS.toLocaleString('en')}): split the condition, or make it read fewer questions`;
}

/**
 * Calls `visit` with every combination of answers to `questionIds` (other questions skipped) and
 * returns how many it visited; `visit` returns `false` to stop early. Visibility is respected: a
 * question whose `showIf` does not hold for the answers so far is left unanswered, as the widget
 * would, since the engine ignores any answer to it. `questionIds` must include what their showIfs read.
 */
export function forEachCombination(
  space: Space,
  questionIds: Iterable<string>,
  visit: (answers: Answers) => unknown,
): number {
  const order = showIfFirst(space, new Set(questionIds));
  const answers: Answers = {};
  let visited = 0;
  let stopped = false;

  const assign = (depth: number) => {
    const question = order[depth];
    if (!question) {
      visited++;
      if (visit({ ...answers }) === false) stopped = true;
      return;
    }
    const asked = !question.showIf || decide(question.showIf, contextFor(space, answers)).value;
    for (const value of asked ? (space.values.get(question.id) ?? [undefined]) : [undefined]) {
      if (value === undefined) delete answers[question.id];
      else answers[question.id] = value;
      assign(depth + 1);
      if (stopped) break;
    }
    delete answers[question.id];
  };

  assign(0);
  return visited;
}

/** The questions in pack order, except that each comes after the questions its showIf reads. */
function showIfFirst(space: Space, ids: ReadonlySet<string>): Question[] {
  const ordered: Question[] = [];
  const placed = new Set<string>();
  const place = (id: string) => {
    const question = space.questions.get(id);
    if (!question || placed.has(id) || !ids.has(id)) return;
    placed.add(id);
    for (const read of questionsNamedBy(question.showIf)) place(read);
    ordered.push(question);
  };
  for (const question of space.pack.questions) place(question.id);
  return ordered;
}
