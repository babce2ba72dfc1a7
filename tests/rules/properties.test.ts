import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { d3k2 } from '../../src/content/d3-k2';
import { medications } from '../../src/content/medications/list';
import { evaluate } from '../../src/rules/evaluate';
import { recogniseMedication } from '../../src/rules/medications';
import type { Answers, MedicationEntry } from '../../src/schema/answers';
import type { Question } from '../../src/schema/pack';
import { isDoseFree } from '../../src/text/dosing-guard';

const RUNS = 10_000;
// Ten thousand readers per property take several seconds on a shared two-core machine.
vi.setConfig({ testTimeout: 120_000 });
const allNames = medications.flatMap((m) => [...m.names.map((n) => n.name), ...m.misspellings]);

// What readers type: real names (with label text), near misses, look-alikes, dose text and noise.
const typedMedication: fc.Arbitrary<MedicationEntry> = fc.oneof(
  fc.constantFrom(...allNames).map((typed) => ({ typed })),
  fc
    .tuple(
      fc.constantFrom(...allNames),
      fc.constantFrom(' 5 mg tablets', ' 2.5mg', '®', ' 1000 IU daily', ''),
    )
    .map(([name, label]) => ({ typed: `${name}${label}` })),
  fc.constantFrom(...allNames).map((name) => ({ typed: `${name.slice(0, -1)}x` })),
  fc.constantFrom(...medications.map((m) => m.id)).map((id) => ({ typed: 'picked from the list', id })),
  fc
    .string({ minLength: 1, maxLength: 40 })
    .filter((s) => s.trim().length > 0)
    .map((typed) => ({ typed })),
);

function answerFor(question: Question): fc.Arbitrary<Answers[string]> {
  switch (question.kind) {
    case 'single':
      return fc.constantFrom(...question.options.map((o) => o.id));
    case 'multi': {
      const plain = question.options.filter((o) => !o.exclusive).map((o) => o.id);
      const exclusive = question.options.filter((o) => o.exclusive).map((o) => [o.id]);
      return fc.oneof(fc.subarray(plain), ...exclusive.map((e) => fc.constant(e)));
    }
    case 'number':
      return fc.oneof(
        fc.integer({ min: question.min, max: question.max }),
        ...question.options.map((o) => fc.constant(o.id)),
      );
    case 'medications':
      return fc.array(typedMedication, { maxLength: 4 });
  }
}

const answerSets: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(d3k2.pack.questions.map((q) => [q.id, answerFor(q)])),
  { requiredKeys: [] },
) as fc.Arbitrary<Answers>;

const takesAnticoagulant = (answers: Answers) =>
  ((answers.medications ?? []) as MedicationEntry[]).some((entry) => {
    const chosen = medications.find((m) => m.id === entry.id);
    const recognition = recogniseMedication(entry.typed, d3k2);
    return (
      chosen?.classes.includes('anticoagulant') ||
      (recognition.status === 'recognised' && recognition.medication.classes.includes('anticoagulant'))
    );
  });

describe(`over ${RUNS.toLocaleString('en')} generated readers`, () => {
  test('evaluation never throws and accepts every valid answer set', () => {
    fc.assert(
      fc.property(answerSets, (answers) => {
        expect(evaluate(d3k2, answers).ok).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  test('no result ever contains dosing language', () => {
    fc.assert(
      fc.property(answerSets, (answers) => {
        const result = evaluate(d3k2, answers);
        if (!result.ok) return false;
        const texts = result.findings.flatMap(({ caveat, because }) => [
          caveat.title,
          caveat.body,
          caveat.ask ?? '',
          caveat.evidence?.note ?? '',
          ...because.map((b) => b.text),
        ]);
        return texts.every((text) => isDoseFree(text));
      }),
      { numRuns: RUNS },
    );
  });

  test('any recognised anticoagulant, or "a blood thinner, not sure which", puts a blood-thinner card first', () => {
    const bloodThinnerCards = ['anticoagulant-vka', 'anticoagulant', 'anticoagulant-if-taken'];
    fc.assert(
      fc.property(answerSets, (answers) => {
        const result = evaluate(d3k2, answers);
        const first = result.ok ? result.findings[0]?.caveat.id : undefined;
        return !takesAnticoagulant(answers) || bloodThinnerCards.includes(first ?? '');
      }),
      { numRuns: RUNS },
    );
  });

  test('evaluate never throws: arbitrary input, however malformed, comes back as a result', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = evaluate(d3k2, input);
        return typeof result.ok === 'boolean';
      }),
      { numRuns: RUNS },
    );
  });
});
