import { en } from '../src/ui/messages/en';

/**
 * Shown inside the widget's box when its attributes are wrong, so the partner sees what to fix: in
 * English, marked so, on a page in any language.
 */
export function OptionsError({ lines }: { lines: string[] }) {
  return (
    <div class="pfw pfw-options-error" role="alert" part="error" lang="en" dir="ltr">
      <p>{en.optionsError}</p>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
