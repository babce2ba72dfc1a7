import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Where the article as published is: `PFW_ARTICLE`, or by default the shared folder beside the
 * repository (our own checkouts and CI have it; a clone on its own does not).
 */
export const ARTICLE_PATH =
  process.env.PFW_ARTICLE ??
  fileURLToPath(new URL('../../../shared/article/d3-k2-benefits.txt', import.meta.url));

/** Typographic quotes as straight ones, runs of spaces as one: a quote is compared word for word. */
export const plain = (text: string) =>
  text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

/**
 * The article's text, plain, or undefined when it is not there: then the checks that quote it word for
 * word are not defined, and one line says which file they need.
 */
export function articleText(): string | undefined {
  if (existsSync(ARTICLE_PATH)) return plain(readFileSync(ARTICLE_PATH, 'utf8'));
  console.log(
    `The article's word-for-word quote checks need ${ARTICLE_PATH} (set PFW_ARTICLE to its path); they were not run.`,
  );
  return undefined;
}
