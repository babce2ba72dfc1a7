import type { ChoiceQuestion } from '../../schema/kinds/choice';
import type { Option } from '../../schema/pack';
import { useUid } from '../use-uid';
import type { QuestionProps, UiKind } from './kind';

/**
 * A single- or multi-choice question as native radios or checkboxes in a fieldset; as one row of a
 * group, named by its short legend, its options side by side where they fit.
 */
function Choice({ question, value, onAnswer, asRow }: QuestionProps<ChoiceQuestion>) {
  const id = useUid();
  const multi = question.kind === 'multi';
  const ticked = Array.isArray(value) ? (value as string[]) : value === undefined ? [] : [String(value)];

  const toggle = (option: Option, on: boolean) => {
    if (!multi) return onAnswer(option.id);
    // An exclusive option ("None of these") clears the others; any other option clears it.
    const kept = on
      ? option.exclusive
        ? [option.id]
        : [...ticked.filter((t) => !question.options.find((o) => o.id === t)?.exclusive), option.id]
      : ticked.filter((t) => t !== option.id);
    const ordered = question.options.filter((o) => kept.includes(o.id)).map((o) => o.id);
    onAnswer(ordered.length ? ordered : undefined);
  };

  const options = question.options.map((option) => (
    <label key={option.id} class="pfw-choice">
      <input
        type={multi ? 'checkbox' : 'radio'}
        name={id}
        checked={ticked.includes(option.id)}
        onChange={(e) => toggle(option, e.currentTarget.checked)}
      />
      {option.label}
    </label>
  ));
  return (
    <fieldset
      class={asRow ? 'pfw-question pfw-row-question' : 'pfw-question'}
      aria-describedby={question.hint && `${id}h`}
    >
      <legend>
        {asRow && question.kind === 'single' ? (question.row?.legend ?? question.label) : question.label}
      </legend>
      {question.hint && (
        <p id={`${id}h`} class="pfw-hint">
          {question.hint}
        </p>
      )}
      {asRow ? <div class="pfw-options">{options}</div> : options}
    </fieldset>
  );
}

export const choice = {
  names: ['single', 'multi'],
  Question: Choice,
  answerText: (question, value, messages) => {
    const ids = Array.isArray(value) ? (value as string[]) : [String(value)];
    return ids
      .map((id) => question.options.find((o) => o.id === id)?.label ?? id)
      .join(messages.listSeparator);
  },
} satisfies UiKind<ChoiceQuestion>;
