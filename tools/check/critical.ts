import type { MedicationBook } from '../../src/rules/medications';
import type { Condition } from '../../src/schema/condition';
import type { Invariant } from '../../src/schema/invariant';
import type { Problem } from '../../src/schema/issues';
import type { Pack } from '../../src/schema/pack';
import { error } from './problem';

/**
 * The promises a pack's `critical` declaration makes, as invariants the checker proves: a reader on a
 * medicine of the class sees one of its cards first; a reader who does not say, or lists a medicine we
 * could not confirm (and none of the class we know), sees the card worded as a condition first.
 */
export function criticalInvariants(pack: Pack): Invariant[] {
  const { critical } = pack;
  if (!critical) return [];
  const onClass: Condition = { type: 'medicationClass', question: critical.question, class: critical.class };
  const first = { shows: critical.ifTaken, first: true };
  return [
    {
      id: 'critical-class-first',
      description: `A reader who lists a medicine of the class "${critical.class}" (named, misspelt, a near miss, a stem, picked, or a shortcut) sees one of its cards first`,
      when: onClass,
      outcome: { showsOneOf: critical.cards, first: true },
    },
    {
      id: 'critical-unsaid-first',
      description: `A reader who does not say which medicines they take sees "${critical.ifTaken}" first`,
      when: { type: 'unanswered', question: critical.question },
      outcome: first,
    },
    {
      id: 'critical-unconfirmed-first',
      description: `A reader who lists a medicine we could not confirm, and none of the class "${critical.class}" we know, sees "${critical.ifTaken}" first`,
      when: {
        type: 'all',
        of: [
          { type: 'unrecognisedMedication', question: critical.question },
          { type: 'not', of: onClass },
        ],
      },
      outcome: first,
    },
  ];
}

/** The same promise, whatever it is called: a pack may already declare one of these itself. */
export const samePromise = (a: Invariant, b: Invariant) =>
  JSON.stringify([a.when, a.outcome]) === JSON.stringify([b.when, b.outcome]);

/** The declared class must be one the medication list marks critical. */
export function checkCriticalClass(pack: Pack, { classes }: MedicationBook): Problem[] {
  if (!pack.critical) return [];
  const declared = classes.find((c) => c.id === pack.critical?.class);
  if (!declared)
    return [
      error(
        'unknown_reference',
        ['critical', 'class'],
        `The medication list declares no class "${pack.critical.class}"`,
      ),
    ];
  if (!declared.critical)
    return [
      error(
        'invalid',
        ['critical', 'class'],
        `The medication list does not mark "${declared.id}" critical: its medicines would not be read first`,
      ),
    ];
  return [];
}
