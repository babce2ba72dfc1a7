/**
 * What conditions are decided against: one reader's answers as the rules read them, the pack, and the
 * medicines its readers may name, with the per-pack indexes built once.
 */
import type { Answers } from '../schema/answers';
import type { Content } from '../schema/article';
import type { Caveat, Pack } from '../schema/pack';
import { rulesKindOf } from './conditions';
import { memo } from './memo';
import { readEntry } from './reading';
import type { Context } from './types';

const SEVERITY_RANK = { interaction: 0, notice: 1, caution: 2, info: 3 } as const;

/** Per pack: questions by id, caveats most important first (severity, article section, pack order), rules by caveat. */
export const prepared = memo((pack: Pack) => {
  const section = new Map(pack.article.sections.map((s, i) => [s.id, i]));
  const rank = (c: Caveat) =>
    SEVERITY_RANK[c.severity] * section.size + (section.get(c.sources.article[0] ?? '') ?? 0);
  return {
    questions: new Map(pack.questions.map((q) => [q.id, q])),
    // `sort` is stable: caveats of the same severity and section keep their pack order.
    order: [...pack.caveats].sort((a, b) => rank(a) - rank(b)),
    rules: new Map(pack.rules.map((r) => [r.caveat, r.when])),
  };
});

/** The answers as the rules read them: each kind's own reading (a pasted list split into medicines). */
function asRead(pack: Pack, given: Answers): Answers {
  let read: Answers | undefined;
  for (const question of pack.questions) {
    const answer = given[question.id];
    const prepare = rulesKindOf(question).prepare;
    if (answer === undefined || !prepare) continue;
    const prepared = prepare(question as never, answer);
    if (prepared !== answer) read = { ...(read ?? given), [question.id]: prepared };
  }
  return read ?? given;
}

/** The context for answers already valid for `content.pack`; the content checker and the UI use it too. */
export function contextFor(content: Content, given: Answers): Context {
  const { pack, medications, classes } = content;
  const book = { medications, classes };
  return {
    pack,
    questions: prepared(pack).questions,
    answers: asRead(pack, given),
    visible: new Map(),
    read: (entry) => readEntry(book, entry),
  };
}

/**
 * The order findings are listed in, whatever the answers: severity, then article section, then pack
 * order. Fixed per pack, so "X is shown first" depends only on the caveats ranked before X.
 */
export const caveatOrder = (pack: Pack): readonly Caveat[] => prepared(pack).order;
