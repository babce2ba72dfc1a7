/** A text-input question's label and hint: the input's id is `${id}i`, the hint's `${id}h` (for aria-describedby). */
export function InputLabel({
  id,
  question,
}: {
  id: string;
  question: { label: string; hint?: string | undefined };
}) {
  return (
    <>
      <label for={`${id}i`} class="pfw-label">
        {question.label}
      </label>
      {question.hint && (
        <p id={`${id}h`} class="pfw-hint">
          {question.hint}
        </p>
      )}
    </>
  );
}
