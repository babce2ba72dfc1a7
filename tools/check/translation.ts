import type { Article } from '../../src/schema/article';
import type { Problem } from '../../src/schema/issues';
import { packText, type Translation } from '../../src/schema/pack-text';
import { error } from './problem';

/** The `{placeholders}` of a text, sorted: a locale's text must have the same ones as the default's. */
const placeholdersOf = (text: string) => [...text.matchAll(/\{([^}]*)\}/g)].map(([, name]) => name).sort();

/**
 * A locale's table against the default locale's text: every key there and no other, each with the
 * same placeholders. (Dose text is the pack schema's check, in every language the guard knows.)
 */
export function checkTranslation(article: Article, { locale, text }: Translation): Problem[] {
  const base = packText(article.pack, article.medications);
  const at = (key: string) => ['translations', locale, 'text', key];
  const problems: Problem[] = [];
  for (const [key, words] of Object.entries(base)) {
    const translated = text[key];
    if (translated === undefined) {
      problems.push(error('missing_text', at(key), `No "${locale}" text for "${key}" ("${words}")`));
    } else if (placeholdersOf(translated).join() !== placeholdersOf(words).join()) {
      const names = (t: string) =>
        placeholdersOf(t)
          .map((p) => `{${p}}`)
          .join(', ') || 'none';
      problems.push(
        error(
          'placeholder_mismatch',
          at(key),
          `The "${locale}" text has placeholders ${names(translated)} where "${article.pack.locale}" has ${names(words)}`,
        ),
      );
    }
  }
  for (const key of Object.keys(text))
    if (!Object.hasOwn(base, key))
      problems.push(
        error(
          'unknown_text',
          at(key),
          `"${key}" is not a text of the pack: a typo, or a text it no longer has`,
        ),
      );
  return problems;
}
