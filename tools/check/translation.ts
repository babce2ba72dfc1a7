import { recogniseMedication } from '../../src/rules/medications';
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
  problems.push(...unreadCriticalNames(article, { locale, text }));
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

/**
 * The name a locale gives each medicine of a class the article must never miss is one a reader of that
 * locale may type: it must be read as that very medicine, or the list needs it.
 */
function unreadCriticalNames(
  article: Article,
  { locale, text }: Pick<Translation, 'locale' | 'text'>,
): Problem[] {
  const critical = new Set(article.classes.filter((c) => c.critical).map((c) => c.id));
  return article.medications.flatMap((medication) => {
    const key = `medications.${medication.id}.generic`;
    const name = text[key];
    if (name === undefined || medication.unnamed || !medication.classes.some((c) => critical.has(c)))
      return [];
    const read = recogniseMedication(name, article);
    if (read.status === 'recognised' && read.medication.id === medication.id) return [];
    return [
      error(
        'unrecognised_name',
        ['translations', locale, 'text', key],
        `"${name}", the "${locale}" name of ${medication.id}, is not read as ${medication.id}: add it to the medicine list`,
      ),
    ];
  });
}
