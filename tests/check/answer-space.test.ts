import { describe, expect, test } from 'vitest';
import { d3k2 } from '../../src/content/d3-k2';
import { medications } from '../../src/content/medications/list';
import { recogniseMedication } from '../../src/rules/medications';
import type { MedicationEntry } from '../../src/schema/answers';
import { answerSpace } from '../../tools/check/answer-space';
import { withInvariants } from '../../tools/check/check-article';
import { forEachCombination, type Space } from '../../tools/check/enumerate';

const d3k2WithInvariants = withInvariants(d3k2, d3k2.pack);

const values = answerSpace(d3k2WithInvariants, d3k2);
const space: Space = {
  pack: d3k2WithInvariants,
  medications,
  classes: d3k2.classes,
  values,
  questions: new Map(d3k2WithInvariants.questions.map((q) => [q.id, q])),
};

describe('the answers worth trying for each question', () => {
  test('a single choice: skipped, then every option', () => {
    expect(values.get('vitamin_d_test')).toEqual([undefined, 'low', 'normal', 'high', 'never', 'dont_know']);
  });

  test('a number: skipped, the lowest of each interval between the thresholds rules use, then each non-answer', () => {
    // Rules ask "65 or more" and "50 or more": 1–49, 50–64 and 65–120 are all any rule can tell apart.
    expect(values.get('age')).toEqual([undefined, 1, 18, 50, 65, 'prefer_not']);
  });

  test('a multi choice whose options one rule names together: one stands for them all', () => {
    // Every condition is named by the same fat-digestion rule; "prefer not" reads as "don't know".
    expect(values.get('digestion')).toEqual([undefined, ['crohns'], ['none'], ['dont_know']]);
  });

  test('a multi choice whose options rules tell apart: every set of them, then each exclusive option', () => {
    const supplements = values.get('supplements') ?? [];
    expect(supplements).toHaveLength(1 + 15 + 2);
    expect(supplements).toContainEqual(['d3', 'k2', 'calcium', 'multivitamin']);
    expect(supplements.slice(-2)).toEqual([['none'], ['dont_know']]);
  });

  test('medicines: every set of the classes rules ask about, near misses, picks and shortcuts', () => {
    const read = (entries: MedicationEntry[]) =>
      entries.map((entry) => {
        const recognition = recogniseMedication(entry.typed, d3k2);
        return `${recognition.status}:${'medication' in recognition ? recognition.medication.id : ''}${entry.id ? `+picked:${entry.id}` : ''}`;
      });
    const lists = (values.get('medications') ?? []).map((v) =>
      v === undefined ? 'skipped' : read(v as MedicationEntry[]),
    );
    // Every set of the kinds rules ask about (classes, and ids a rule or an invariant names): warfarin
    // (an anticoagulant and a vitamin K antagonist), rivaroxaban (an anticoagulant only), "not sure
    // which" (an anticoagulant, named by id), orlistat and aspirin. Rivaroxaban beside "not sure which"
    // brings nothing "not sure which" alone does not, so that set is not tried twice.
    const sets = [
      ['recognised:warfarin'],
      ['recognised:rivaroxaban'],
      ['recognised:blood-thinner-unsure'],
      ['recognised:orlistat'],
      ['recognised:aspirin'], // antiplatelets: a rule asks about them
      ['recognised:warfarin', 'recognised:blood-thinner-unsure'],
      ['recognised:warfarin', 'recognised:orlistat'],
      ['recognised:rivaroxaban', 'recognised:orlistat'],
      ['recognised:blood-thinner-unsure', 'recognised:orlistat'],
      ['recognised:warfarin', 'recognised:aspirin'],
      ['recognised:rivaroxaban', 'recognised:aspirin'],
      ['recognised:blood-thinner-unsure', 'recognised:aspirin'],
      ['recognised:orlistat', 'recognised:aspirin'],
      ['recognised:warfarin', 'recognised:blood-thinner-unsure', 'recognised:orlistat'],
      ['recognised:warfarin', 'recognised:blood-thinner-unsure', 'recognised:aspirin'],
      ['recognised:warfarin', 'recognised:orlistat', 'recognised:aspirin'],
      ['recognised:rivaroxaban', 'recognised:orlistat', 'recognised:aspirin'],
      ['recognised:blood-thinner-unsure', 'recognised:orlistat', 'recognised:aspirin'],
      ['recognised:warfarin', 'recognised:blood-thinner-unsure', 'recognised:orlistat', 'recognised:aspirin'],
    ];
    expect(lists).toEqual([
      'skipped',
      [],
      ['recognised:omega-3-acid-ethyl-esters'],
      ...sets,
      // A rule asks whether an entry went unconfirmed: a name nobody knows alone, and beside each set.
      ...[[], ...sets].map((set) => [...set, 'unrecognised:']),
      ['near-miss:warfarin'],
      ['unrecognised:+picked:warfarin'],
      ['near-miss:rivaroxaban'],
      ['unrecognised:+picked:rivaroxaban'],
      ['near-miss:blood-thinner-unsure'],
      ['unrecognised:+picked:blood-thinner-unsure'],
      ['near-miss:orlistat'],
      ['unrecognised:+picked:orlistat'],
      ['near-miss:aspirin'],
      ['unrecognised:+picked:aspirin'],
      ['recognised:blood-thinner-unsure+picked:blood-thinner-unsure'],
    ]);
  });
});

describe('enumerating combinations', () => {
  test('a question hidden by its showIf is only ever left unanswered', () => {
    const seen: unknown[] = [];
    const count = forEachCombination(space, ['k2_form', 'supplements'], (answers) => {
      seen.push(answers);
    });
    const ticked = (a: unknown) => (a as { supplements?: string[] }).supplements;
    const withK2 = seen.filter((a) => ticked(a)?.includes('k2'));
    const k2Lists = new Set(withK2.map((a) => JSON.stringify(ticked(a))));
    // Readers who tick K2 are asked its form (skipped, MK-4, MK-7 or not sure); everyone else never is.
    expect(count).toBe(seen.length);
    expect(withK2).toHaveLength(4 * k2Lists.size);
    expect(
      seen.filter((a) => !ticked(a)?.includes('k2')).every((a) => !Object.hasOwn(a as object, 'k2_form')),
    ).toBe(true);
    expect(seen).toContainEqual({ supplements: ['d3'] });
    expect(seen).not.toContainEqual({ supplements: ['d3'], k2_form: 'mk4' });
    expect(seen).toContainEqual({ supplements: ['k2'], k2_form: 'mk4' });
  });

  test('stops when the visitor says so', () => {
    expect(forEachCombination(space, ['age', 'natto'], () => false)).toBe(1);
  });

  test('with no questions there is one combination: everything skipped', () => {
    const seen: unknown[] = [];
    expect(forEachCombination(space, [], (answers) => seen.push(answers))).toBe(1);
    expect(seen).toEqual([{}]);
  });
});
