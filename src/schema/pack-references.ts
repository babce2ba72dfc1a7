import type * as z from 'zod/mini';
import { type Condition, predicatesOf } from './condition';
import type { IssueCode } from './issues';
import { kindOf } from './question';

// Structural types of what this check reads: the Pack schema is built on top of it, so it cannot import Pack.
type Shape = {
  steps: { id: string }[];
  article: { sections: { id: string }[] };
  questions: {
    id: string;
    step: string;
    kind: string;
    options?: { id: string }[];
    showIf?: Condition | undefined;
    notice?: { when: Condition } | undefined;
  }[];
  groups?: { id: string }[] | undefined;
  caveats: {
    id: string;
    severity: string;
    sources: { article: string[] };
    always?: boolean | undefined;
  }[];
  rules: { caveat: string; when: Condition }[];
  pointers?: { id?: string | undefined; to: string; on: string[] }[] | undefined;
  critical?: { question: string; cards: string[]; ifTaken: string } | undefined;
  invariants?:
    | {
        id: string;
        when?: Condition | undefined;
        outcome:
          | { shows: string; after?: string[] | undefined }
          | { showsOneOf: string[] }
          | { hides: string }
          | { pointedTo: string; by: string[]; pointer?: string | undefined };
      }[]
    | undefined;
};
type Ctx = z.core.$RefinementCtx<unknown>;
type Path = (string | number)[];
type Fail = (path: Path, message: string, code: IssueCode) => void;

/**
 * Cross-references a schema cannot see field by field: unknown ids, repeated ids, wrong question kinds,
 * visibility loops.
 */
export function checkPackReferences(pack: Shape, ctx: Ctx): void {
  const fail: Fail = (path, message, code) =>
    ctx.addIssue({ code: 'custom', path, message, params: { code } });

  const unique = (items: { id: string }[], path: Path, what: string) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) fail([...path, i, 'id'], `Duplicate ${what} id "${item.id}"`, 'duplicate_id');
      seen.add(item.id);
    });
    return seen;
  };

  const stepIds = unique(pack.steps, ['steps'], 'step');
  const sectionIds = unique(pack.article.sections, ['article', 'sections'], 'section');
  unique(pack.questions, ['questions'], 'question');
  const groupIds = unique(pack.groups ?? [], ['groups'], 'group');
  const caveatIds = unique(pack.caveats, ['caveats'], 'caveat');
  const questions = new Map(pack.questions.map((q) => [q.id, q]));

  const checkCondition = (condition: Condition, path: Path) => {
    for (const { predicate, path: inner } of predicatesOf(condition, path)) {
      const question = questions.get(predicate.question);
      if (!question) {
        fail([...inner, 'question'], `Unknown question "${predicate.question}"`, 'unknown_reference');
        continue;
      }
      if (!kindOf(question).predicates.includes(predicate.type)) {
        fail(
          [...inner, 'type'],
          `"${predicate.type}" cannot test ${question.kind} question "${question.id}"`,
          'wrong_question_kind',
        );
      } else if (predicate.type === 'choice') {
        const optionIds = new Set(kindOf(question).choiceIds?.(question as never));
        predicate.anyOf.forEach((option, i) => {
          if (!optionIds.has(option)) {
            fail(
              [...inner, 'anyOf', i],
              `Question "${question.id}" has no option "${option}"`,
              'unknown_reference',
            );
          }
        });
      }
    }
  };

  pack.questions.forEach((question, i) => {
    if (!stepIds.has(question.step))
      fail(['questions', i, 'step'], `Unknown step "${question.step}"`, 'unknown_reference');
    if (question.options) unique(question.options, ['questions', i, 'options'], 'option');
    if (question.showIf) checkCondition(question.showIf, ['questions', i, 'showIf']);
    if (question.notice) checkCondition(question.notice.when, ['questions', i, 'notice', 'when']);
    kindOf(question).references?.(question as never, ['questions', i], { groupIds }, fail);
  });

  showIfCycles(pack.questions, fail);

  const ruled = new Set<string>();
  pack.rules.forEach((rule, i) => {
    if (!caveatIds.has(rule.caveat))
      fail(['rules', i, 'caveat'], `Unknown caveat "${rule.caveat}"`, 'unknown_reference');
    if (ruled.has(rule.caveat))
      fail(['rules', i, 'caveat'], `Caveat "${rule.caveat}" already has a rule`, 'rule_conflict');
    ruled.add(rule.caveat);
    checkCondition(rule.when, ['rules', i, 'when']);
  });

  unique(pack.invariants ?? [], ['invariants'], 'invariant');
  const knownCaveat = (caveat: string, path: Path) => {
    if (!caveatIds.has(caveat)) fail(path, `Unknown caveat "${caveat}"`, 'unknown_reference');
  };

  unique(
    (pack.pointers ?? []).flatMap((p) => (p.id === undefined ? [] : [{ id: p.id }])),
    ['pointers'],
    'pointer',
  );
  pack.pointers?.forEach((pointer, i) => {
    knownCaveat(pointer.to, ['pointers', i, 'to']);
    pointer.on.forEach((caveat, j) => {
      knownCaveat(caveat, ['pointers', i, 'on', j]);
      if (caveat === pointer.to)
        fail(['pointers', i, 'on', j], `Caveat "${caveat}" cannot point to itself`, 'invalid');
    });
  });

  pack.invariants?.forEach((invariant, i) => {
    if (invariant.when) checkCondition(invariant.when, ['invariants', i, 'when']);
    const { outcome } = invariant;
    const path: Path = ['invariants', i, 'outcome'];
    if ('shows' in outcome) {
      knownCaveat(outcome.shows, [...path, 'shows']);
      outcome.after?.forEach((caveat, j) => {
        knownCaveat(caveat, [...path, 'after', j]);
      });
    } else if ('showsOneOf' in outcome) {
      outcome.showsOneOf.forEach((caveat, j) => {
        knownCaveat(caveat, [...path, 'showsOneOf', j]);
      });
    } else if ('hides' in outcome) knownCaveat(outcome.hides, [...path, 'hides']);
    else {
      knownCaveat(outcome.pointedTo, [...path, 'pointedTo']);
      outcome.by.forEach((caveat, j) => {
        knownCaveat(caveat, [...path, 'by', j]);
      });
      const { pointer } = outcome;
      const named = pointer === undefined ? undefined : pack.pointers?.find((p) => p.id === pointer);
      if (pointer !== undefined && !named)
        fail([...path, 'pointer'], `Unknown pointer "${pointer}"`, 'unknown_reference');
      else if (named && named.to !== outcome.pointedTo)
        fail(
          [...path, 'pointer'],
          `Pointer "${pointer}" points to "${named.to}", not to "${outcome.pointedTo}"`,
          'unknown_reference',
        );
    }
  });

  if (pack.critical) {
    const { critical } = pack;
    const asked = questions.get(critical.question);
    if (!asked)
      fail(['critical', 'question'], `Unknown question "${critical.question}"`, 'unknown_reference');
    else if (!kindOf(asked).predicates.includes('medicationClass'))
      fail(
        ['critical', 'question'],
        `Question "${asked.id}" cannot name a medicine of a class`,
        'wrong_question_kind',
      );
    critical.cards.forEach((caveat, j) => {
      knownCaveat(caveat, ['critical', 'cards', j]);
    });
    if (!critical.cards.includes(critical.ifTaken))
      fail(['critical', 'ifTaken'], `"${critical.ifTaken}" is not one of the cards`, 'unknown_reference');
  }

  pack.caveats.forEach((caveat, i) => {
    // A notice is the widget's own words; anything else paraphrases the article and names where.
    const notice = caveat.severity === 'notice';
    if (notice && caveat.sources.article.length > 0)
      fail(
        ['caveats', i, 'sources', 'article'],
        'A notice is not from the article: give it no section',
        'invalid',
      );
    if (!notice && caveat.sources.article.length === 0)
      fail(['caveats', i, 'sources', 'article'], 'A caveat needs at least one article section', 'too_small');
    caveat.sources.article.forEach((section, j) => {
      if (!sectionIds.has(section))
        fail(['caveats', i, 'sources', 'article', j], `Unknown section "${section}"`, 'unknown_reference');
    });
    if (caveat.always && ruled.has(caveat.id)) {
      fail(
        ['caveats', i, 'always'],
        `Caveat "${caveat.id}" is always shown, so it must not have a rule`,
        'rule_conflict',
      );
    }
    if (!caveat.always && !ruled.has(caveat.id)) {
      fail(
        ['caveats', i, 'id'],
        `Caveat "${caveat.id}" has no rule and is not marked as always shown`,
        'rule_conflict',
      );
    }
  });
}

/**
 * Questions whose visibility depends, through `showIf`, on themselves: such a question can never be
 * decided, and the engine would chase the loop until the stack overflows. Each loop is reported once,
 * at its first question.
 */
function showIfCycles(questions: Shape['questions'], fail: Fail): void {
  const reads = new Map(
    questions.map((q) => [
      q.id,
      new Set(q.showIf ? predicatesOf(q.showIf).map(({ predicate }) => predicate.question) : []),
    ]),
  );
  const reported = new Set<string>();

  // The shortest way back to `start` through showIf references, as a list of ids, if there is one.
  const loopFrom = (start: string): string[] | undefined => {
    const queue: string[][] = [[start]];
    const seen = new Set<string>();
    for (let trail = queue.shift(); trail; trail = queue.shift()) {
      for (const next of reads.get(trail.at(-1) as string) ?? []) {
        if (next === start) return [...trail, start];
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push([...trail, next]);
      }
    }
    return undefined;
  };

  questions.forEach((question, i) => {
    if (reported.has(question.id)) return;
    const loop = loopFrom(question.id);
    if (!loop) return;
    for (const id of loop) reported.add(id);
    const message =
      loop.length === 2
        ? `Question "${question.id}" is shown only depending on its own answer`
        : `Question "${question.id}" is shown only depending on questions that depend on it: ${loop.join(' → ')}`;
    fail(['questions', i, 'showIf'], message, 'showif_loop');
  });
}
