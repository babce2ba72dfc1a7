import * as z from 'zod/mini';
import { Id } from './ids';
import { MedicationClassId } from './medication';

/** True when a choice question's answer (single) or any ticked option (multi) is one of `anyOf`. */
export const ChoicePredicate = z.strictObject({
  type: z.literal('choice'),
  question: Id,
  anyOf: z.array(Id).check(z.minLength(1)),
});

/** True when a number question's answer is at least `value`. */
export const AtLeastPredicate = z.strictObject({
  type: z.literal('atLeast'),
  question: Id,
  value: z.number(),
});

/** True when a number question's answer is below `value`. */
export const BelowPredicate = z.strictObject({
  type: z.literal('below'),
  question: Id,
  value: z.number(),
});

/** True when any medication the reader listed belongs to `class` (one its medication list declares). */
export const MedicationClassPredicate = z.strictObject({
  type: z.literal('medicationClass'),
  question: Id,
  class: MedicationClassId,
});

/** True when any medication the reader listed is one of `anyOf`, by medication id (e.g. "warfarin"). */
export const MedicationPredicate = z.strictObject({
  type: z.literal('medication'),
  question: Id,
  anyOf: z.array(Id).check(z.minLength(1)),
});

/**
 * True when the reader gave no answer to `question`: skipped it, or answered only "don't know" /
 * "prefer not to say". Decided, never "can't tell", so a caveat can speak to readers who did not say.
 */
export const UnansweredPredicate = z.strictObject({
  type: z.literal('unanswered'),
  question: Id,
});

/**
 * True when the reader listed a medicine we could not confirm: an entry not recognised outright (a name
 * we do not know, a near miss or a stem) and not picked from the suggestions. Decided, never "can't
 * tell", so a caveat can speak to readers whose medicines we could not read (an unlisted local brand).
 */
export const UnrecognisedMedicationPredicate = z.strictObject({
  type: z.literal('unrecognisedMedication'),
  question: Id,
});

export const Predicate = z.discriminatedUnion('type', [
  ChoicePredicate,
  AtLeastPredicate,
  BelowPredicate,
  MedicationClassPredicate,
  MedicationPredicate,
  UnansweredPredicate,
  UnrecognisedMedicationPredicate,
]);
export type Predicate = z.infer<typeof Predicate>;

const AllCondition = z.strictObject({
  type: z.literal('all'),
  get of(): z.ZodMiniArray<typeof Condition> {
    return z.array(Condition).check(z.minLength(1));
  },
});

const AnyCondition = z.strictObject({
  type: z.literal('any'),
  get of(): z.ZodMiniArray<typeof Condition> {
    return z.array(Condition).check(z.minLength(1));
  },
});

const NotCondition = z.strictObject({
  type: z.literal('not'),
  get of(): typeof Condition {
    return Condition;
  },
});

/** A rule's condition: predicates combined with all / any / not. Data, so it can explain itself. */
export const Condition = z.discriminatedUnion('type', [
  ChoicePredicate,
  AtLeastPredicate,
  BelowPredicate,
  MedicationClassPredicate,
  MedicationPredicate,
  UnansweredPredicate,
  UnrecognisedMedicationPredicate,
  AllCondition,
  AnyCondition,
  NotCondition,
]);
export type Condition = z.infer<typeof Condition>;

/** Every node of a condition, itself first, each with its path (inside the condition, after `path`). */
export function conditionNodes(
  condition: Condition,
  path: (string | number)[] = [],
): { condition: Condition; path: (string | number)[] }[] {
  const self = { condition, path };
  switch (condition.type) {
    case 'all':
    case 'any':
      return [self, ...condition.of.flatMap((c, i) => conditionNodes(c, [...path, 'of', i]))];
    case 'not':
      return [self, ...conditionNodes(condition.of, [...path, 'of'])];
    default:
      return [self];
  }
}

/** Every predicate in `condition`, each with its path inside the condition (for error messages). */
export function predicatesOf(
  condition: Condition,
  path: (string | number)[] = [],
): { predicate: Predicate; path: (string | number)[] }[] {
  return conditionNodes(condition, path).flatMap(({ condition: node, path: at }) =>
    'question' in node ? [{ predicate: node, path: at }] : [],
  );
}
