// One thing to paste into the partner's page, as text to read and a button that copies it.
import { useRef } from 'preact/hooks';

/** `text` under a heading, with a Copy button; `onCopied` says what happened, for the status line. */
export function Output({
  id,
  title,
  text,
  copyLabel,
  onCopied,
}: {
  id: string;
  title: string;
  text: string;
  copyLabel: string;
  onCopied: (message: string) => void;
}) {
  const code = useRef<HTMLElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      onCopied(`${title}: copied.`);
    } catch {
      // Without clipboard access (a page not served over https, say), select it for the reader's own copy.
      const selection = getSelection();
      selection?.selectAllChildren(code.current as HTMLElement);
      onCopied(`${title}: the browser did not allow copying. It is selected: press Ctrl+C (⌘C on a Mac).`);
    }
  };
  return (
    <section class="output" aria-labelledby={`${id}-title`}>
      <div class="output-head">
        <h3 id={`${id}-title`}>{title}</h3>
        <button type="button" onClick={copy}>
          {copyLabel}
        </button>
      </div>
      <pre>
        <code id={id} ref={code}>
          {text}
        </code>
      </pre>
    </section>
  );
}
