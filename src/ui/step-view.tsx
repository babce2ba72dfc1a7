import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { isQuestionVisible, questionNotice } from '../rules/visibility';
import type { AnswerValue } from '../schema/answers';
import type { Content } from '../schema/article';
import type { Question } from '../schema/pack';
import { fill } from '../text/fill';
import { useMessages } from './messages/context';
import { uiKindOf } from './question-kinds';
import type { useQuestionnaire } from './use-questionnaire';
import { useUid } from './use-uid';

type Props = {
  content: Content;
  flow: ReturnType<typeof useQuestionnaire>;
  headingRef: { current: HTMLHeadingElement | null };
  /** Step 1 as the page loads: it holds the reserved height (embed/host.css) until the reader moves. */
  reserve?: boolean;
};

/** The group a question is asked in as one row, if any. */
const rowGroup = (q: Question) => ('row' in q ? q.row?.group : undefined);

/** One step of the questionnaire: its shown questions, then Back / Next. */
export function StepView({ content, flow, headingRef, reserve = false }: Props) {
  const { pack } = content;
  const t = useMessages();
  const id = useUid();
  const formRef = useRef<HTMLFormElement>(null);
  // Set when Next is pressed with an invalid entry: errors show and focus goes to the first one.
  const [checking, setChecking] = useState(0);
  const { step: index, answers, drafts } = flow;
  const step = pack.steps[index];
  const total = pack.steps.length;
  const questions = pack.questions.filter(
    (q) => q.step === step?.id && isQuestionVisible(content, answers, q),
  );
  // Questions next to each other in the same group are asked together, one row each.
  const parts: Question[][] = [];
  for (const q of questions) {
    const last = parts.at(-1);
    const group = rowGroup(q);
    if (last && group !== undefined && group === rowGroup(last[0] as Question)) last.push(q);
    else parts.push([q]);
  }

  useEffect(() => {
    if (checking) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [checking]);

  // On to `to` (the results: `total`), unless an entry is invalid: then its error shows instead.
  const goOn = (to: number) => {
    const invalid = questions.some((q) => uiKindOf(q).readDraft?.(q, drafts[q.id] ?? '').invalid);
    if (invalid) setChecking((n) => n + 1);
    else flow.goTo(to);
  };
  const next = (e: Event) => {
    e.preventDefault();
    goOn(flow.editing ? total : index + 1);
  };
  const render = (q: Question, asRow: boolean) => {
    const { Question: Ask } = uiKindOf(q);
    const notice = questionNotice(content, answers, q);
    const props = {
      question: q,
      value: answers[q.id],
      onAnswer: (v: AnswerValue | undefined) => flow.setAnswer(q.id, v),
      draft: drafts[q.id],
      onDraft: (text: string) => flow.setDraft(q, text),
      checking: checking > 0,
      notice,
      asRow,
      book: content,
    };
    return (
      <Fragment key={q.id}>
        <Ask {...props} />
        {/* A kind typed as text shows its note itself, once what is typed can no longer change it. */}
        {q.notice && !uiKindOf(q).readDraft && (
          <p class="pfw-note" aria-live="polite">
            {notice ?? ''}
          </p>
        )}
      </Fragment>
    );
  };
  const last = index + 1 >= total;

  return (
    <form
      class={reserve ? 'pfw-step pfw-reserve' : 'pfw-step'}
      part="step"
      ref={formRef}
      onSubmit={next}
      aria-labelledby={`${id}t`}
      noValidate
    >
      <p class="pfw-progress" part="progress" id={`${id}p`}>
        {fill(t.progress, { current: index + 1, total })}
        <span class="pfw-bar" aria-hidden="true">
          {pack.steps.map((s, i) => (
            <span key={s.id} class={i <= index ? 'pfw-on' : undefined} />
          ))}
        </span>
      </p>
      <h3 id={`${id}t`} ref={headingRef} tabIndex={-1} aria-describedby={`${id}p`}>
        {step?.title}
      </h3>
      {parts.map((part) => {
        const first = part[0] as Question;
        const id = rowGroup(first);
        const group = id !== undefined && pack.groups?.find((g) => g.id === id);
        return group ? (
          <fieldset key={group.id} class="pfw-question pfw-rows">
            <legend>{group.label}</legend>
            {part.map((q) => render(q, true))}
          </fieldset>
        ) : (
          render(first, false)
        );
      })}
      <div class="pfw-nav">
        {index > 0 && (
          <button type="button" class="pfw-button" onClick={() => flow.goTo(index - 1)}>
            {t.back}
          </button>
        )}
        {step?.skipToResults && !flow.editing && !last && (
          <button type="button" class="pfw-button" onClick={() => goOn(total)}>
            {t.seeResults}
          </button>
        )}
        <button type="submit" class="pfw-button pfw-primary">
          {flow.editing ? t.backToResults : last ? t.seeResults : t.next}
        </button>
      </div>
    </form>
  );
}
