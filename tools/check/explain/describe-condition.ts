import type { Condition, Predicate } from '../../../src/schema/condition';
import type { Medication, MedicationClass } from '../../../src/schema/medication';
import type { Pack, Question } from '../../../src/schema/pack';
import { bullet, either, em } from './markdown';

/** What plain-words descriptions read from: the pack's questions and the medication list. */
export type Glossary = { pack: Pack; questions: ReadonlyMap<string, Question>; list: readonly Medication[] };

export const CLASS_NAMES: Record<MedicationClass, string> = {
  anticoagulant: 'an anticoagulant (blood thinner)',
  'vitamin-k-antagonist': 'a vitamin K antagonist',
  antiplatelet: 'an antiplatelet (often called a blood thinner, but not an anticoagulant)',
  'fat-absorption-reducer': 'a medicine that reduces how much fat the gut absorbs',
};

/** A few medicines of a class, one per kind, with a brand each: "warfarin (Coumadin), apixaban (Eliquis)…". */
function classExamples(cls: MedicationClass, list: readonly Medication[], count = 3): string {
  const byKind = new Map<string, Medication>();
  for (const m of list) {
    if (m.classes.includes(cls) && m.names.some((n) => n.kind === 'brand') && !byKind.has(m.description)) {
      byKind.set(m.description, m);
    }
  }
  const examples = [...byKind.values()].slice(0, count).map((m) => {
    const brand = m.names.find((n) => n.kind === 'brand')?.name;
    return brand ? `${m.generic} (${brand})` : m.generic;
  });
  return `${examples.join(', ')}…`;
}

/** One predicate as a clause: "the reader's answer to *How old are you?* is 65 or more". */
function describePredicate(predicate: Predicate, glossary: Glossary): string {
  const question = glossary.questions.get(predicate.question);
  if (!question) return `the unknown question "${predicate.question}"`;
  const answerTo = `the reader's answer to ${em(question.label)}`;
  switch (predicate.type) {
    case 'choice': {
      const options = question.kind === 'medications' ? [] : question.options;
      const labels = predicate.anyOf.map((id) => em(options.find((o) => o.id === id)?.label ?? id));
      return question.kind === 'multi'
        ? `${answerTo} includes ${predicate.anyOf.length > 1 ? 'any of ' : ''}${either(labels)}`
        : `${answerTo} is ${either(labels)}`;
    }
    case 'atLeast':
      return `${answerTo} is ${predicate.value} or more`;
    case 'below':
      return `${answerTo} is under ${predicate.value}`;
    case 'medicationClass':
      return `a medicine they listed is ${CLASS_NAMES[predicate.class]}, e.g. ${classExamples(predicate.class, glossary.list)}`;
    case 'medication': {
      const shortcuts = question.kind === 'medications' ? question.shortcuts : [];
      const medicines = predicate.anyOf.map((id) => {
        const medication = glossary.list.find((m) => m.id === id);
        const names = medication?.names.map((n) => `“${n.name}”`) ?? [];
        const tapped = shortcuts.filter((s) => s.medication === id).map((s) => `the shortcut ${em(s.label)}`);
        return `${medication?.generic ?? id} (${either([...names.slice(0, 3), ...tapped])})`;
      });
      return `a medicine they listed is ${either(medicines)}`;
    }
    case 'unanswered':
      return `the reader skipped ${em(question.label)} or answered only “don't know” or “prefer not to say”`;
    case 'unrecognisedMedication':
      return `an entry in ${em(question.label)} is a name we could not confirm (not in the list, a near miss or a stem) and was not picked from the suggestions`;
  }
}

/**
 * A condition as Markdown lines: a clause for a predicate, or a lead ("any of:") followed by an
 * indented bullet per part.
 */
export function describeCondition(condition: Condition, glossary: Glossary): string[] {
  const parts = (of: Condition[]) => of.flatMap((c) => bullet(describeCondition(c, glossary)));
  switch (condition.type) {
    case 'all':
      return ['all of:', ...parts(condition.of)];
    case 'any':
      return ['any of:', ...parts(condition.of)];
    case 'not': {
      const inner = condition.of;
      if (inner.type === 'any') return ['none of:', ...parts(inner.of)];
      if (inner.type === 'all') return ['not all of:', ...parts(inner.of)];
      if (inner.type === 'not') return describeCondition(inner.of, glossary);
      return [`not: ${describePredicate(inner, glossary)}`];
    }
    default:
      return [describePredicate(condition, glossary)];
  }
}
