// The configurator's form controls: native inputs with their labels, hints and errors tied to them,
// so keyboards and screen readers get them as any form's.
import type { ComponentChildren } from 'preact';

type Choice = { value: string; label: ComponentChildren; hint?: ComponentChildren; disabled?: boolean };

/** A fieldset of radios: one value of `choices`. */
export function RadioGroup({
  name,
  legend,
  choices,
  value,
  onChange,
  children,
}: {
  name: string;
  legend: string;
  choices: readonly Choice[];
  value: string;
  onChange: (value: string) => void;
  children?: ComponentChildren;
}) {
  return (
    <fieldset class="field">
      <legend>{legend}</legend>
      {choices.map((choice) => {
        const id = `${name}-${choice.value}`;
        return (
          <div class="radio" key={choice.value}>
            <input
              type="radio"
              id={id}
              name={name}
              value={choice.value}
              checked={value === choice.value}
              disabled={choice.disabled}
              aria-describedby={choice.hint ? `${id}-hint` : undefined}
              onChange={() => onChange(choice.value)}
            />
            <label for={id}>{choice.label}</label>
            {choice.hint && (
              <p class="hint" id={`${id}-hint`}>
                {choice.hint}
              </p>
            )}
          </div>
        );
      })}
      {children}
    </fieldset>
  );
}

/** A labelled select. */
export function SelectField({
  id,
  label,
  choices,
  value,
  onChange,
}: {
  id: string;
  label: string;
  choices: readonly { value: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A labelled text input whose hint and error (if any) are read with it. */
export function TextField({
  id,
  label,
  value,
  error,
  hint,
  onInput,
}: {
  id: string;
  label: string;
  value: string;
  error?: string | undefined;
  hint?: ComponentChildren;
  onInput: (value: string) => void;
}) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        spellcheck={false}
        autocomplete="off"
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described || undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {hint && (
        <div class="hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <p class="error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
