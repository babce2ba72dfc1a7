import type { Article } from '../../src/schema/article';
import type { Pack } from '../../src/schema/pack';
import { type CheckOptions, type CheckResult, checkPack } from './check-pack';
import { error } from './problem';
import { checkTranslation } from './translation';

/** The pack as the checker reads it: with the article's invariants, which only the checker proves. */
export const withInvariants = (article: Article, pack: Pack): Pack => ({
  ...pack,
  invariants: article.invariants,
});

/** The ids a locale's pack must share with the default one: the same questions, options, caveats, rules and pointers. */
const skeleton = (pack: Pack) =>
  JSON.stringify({
    steps: pack.steps.map((s) => s.id),
    questions: pack.questions.map((q) => [q.id, q.kind, 'options' in q ? q.options.map((o) => o.id) : []]),
    caveats: pack.caveats.map((c) => [c.id, c.severity, c.sources.article]),
    rules: pack.rules,
    pointers: pack.pointers?.map((p) => [p.to, p.on]),
  });

/** Each locale's pack of a registry article, checked, by locale; a locale that is not the same pack in other words fails. */
export function checkArticle(
  article: Article,
  options: CheckOptions,
): [locale: string, result: CheckResult][] {
  return Object.entries(article.locales).map(([locale, pack]) => {
    const result = checkPack(withInvariants(article, pack), article, options);
    if (pack.locale !== locale) {
      result.problems.push(
        error(
          'locale_mismatch',
          ['locale'],
          `Listed under locale "${locale}" but written in "${pack.locale}"`,
        ),
      );
    } else if (skeleton(pack) !== skeleton(article.pack)) {
      result.problems.push(
        error(
          'locale_mismatch',
          [],
          `The "${locale}" pack must have the same steps, questions, options, caveats, rules and pointers as "${article.pack.locale}"`,
        ),
      );
    }
    const translation = article.translations?.[locale];
    if (translation) result.problems.push(...checkTranslation(article, translation));
    // A table listed under another locale than its own would be assembled under its own.
    for (const [listed, { locale: own }] of Object.entries(article.translations ?? {}))
      if (listed !== own && locale === own)
        result.problems.push(
          error(
            'locale_mismatch',
            ['translations', listed],
            `Listed under "${listed}" but written in "${own}"`,
          ),
        );
    return [locale, result];
  });
}
