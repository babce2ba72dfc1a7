import type { Article } from '../schema/article';
import { d3k2 } from './d3-k2';

/**
 * Every article the widget can serve: the checker checks each, the element and the iframe serve each
 * by `article="…"`, the options schema lists their ids and locales, and each gets a reviewer's view.
 * A new article is a folder beside `d3-k2/` and one line here; nothing else needs to know of it.
 */
export const articles: readonly Article[] = [d3k2];
