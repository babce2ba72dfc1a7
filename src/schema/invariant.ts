import * as z from 'zod/mini';
import { Condition } from './condition';
import { Id } from './ids';

/**
 * What an invariant promises: that readers are shown one caveat (maybe first), or not; or that a
 * warning wins over the cards that could read against it.
 */
export const InvariantOutcome = z.union(
  [
    z.strictObject({
      /** Id of the caveat that must be shown. */
      shows: Id,
      /** It must also come before every other caveat… */
      first: z.optional(z.boolean()),
      /** …but these, which may come before it (e.g. a notice right after the blood-thinner cards). */
      after: z.optional(z.array(Id).check(z.minLength(1))),
    }),
    z.strictObject({
      /** Ids of caveats one of which must be shown, e.g. whichever blood-thinner card fits the reader. */
      showsOneOf: z.array(Id).check(z.minLength(2)),
      /** The one shown must also come before every other caveat. */
      first: z.optional(z.boolean()),
    }),
    z.strictObject({
      /** Id of the caveat that must not be shown. */
      hides: Id,
    }),
    z.strictObject({
      /** Id of the caveat that must win, e.g. the blood-thinner interaction. */
      pointedTo: Id,
      /**
       * Wherever it is shown, each of these that is shown too comes after it and carries a line
       * pointing to it (a pack's `pointers`).
       */
      by: z.array(Id).check(z.minLength(1)),
      /** Not just any line pointing to it: this pointer's line (by its `id`), e.g. one with advice of its own. */
      pointer: z.optional(Id),
    }),
  ],
  'Expected { "shows": caveat id } (optionally with "first": true and "after"), { "showsOneOf": [caveat ids] }, { "hides": caveat id } or { "pointedTo": caveat id, "by": [caveat ids] }',
);
export type InvariantOutcome = z.infer<typeof InvariantOutcome>;

/**
 * A promise a pack makes about what readers see, e.g. "anyone on a blood thinner sees the interaction
 * caveat first". `npm run check:content` proves it over every combination of answers that matters,
 * or prints a reader for whom it fails.
 */
export const Invariant = z.strictObject({
  id: Id,
  /** The promise in plain words, for reviewers. */
  description: z.string().check(z.minLength(1)),
  /** The readers it is about; without it, every reader. */
  when: z.optional(Condition),
  /** What must then be true. Not named `then`: an object with a `then` key can pass for a promise. */
  outcome: InvariantOutcome,
});
export type Invariant = z.infer<typeof Invariant>;
