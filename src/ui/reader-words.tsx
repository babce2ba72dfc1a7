/**
 * The reader's own words inside the widget's text, set apart so that a name written right to left
 * (Arabic, Hebrew) keeps its order in an English line: in the page inside <bdi>, in text for the
 * clipboard and print between Unicode's first-strong isolate marks.
 */

// Right-to-left letters: Hebrew, Arabic with its supplements, and their presentation forms.
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;

/** `text` with each of `words` found in it in isolate marks, when the word runs right to left. */
export function isolatedText(text: string, words: readonly (string | undefined)[]): string {
  return words.reduce<string>(
    (t, word) => (word && RIGHT_TO_LEFT.test(word) ? t.replace(word, `\u2068${word}\u2069`) : t),
    text,
  );
}

/** `text` with the first of `word` in it inside a <bdi>. */
export function Isolated({ text, word }: { text: string; word?: string | undefined }) {
  const at = word ? text.indexOf(word) : -1;
  if (!word || at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <bdi>{word}</bdi>
      {text.slice(at + word.length)}
    </>
  );
}
