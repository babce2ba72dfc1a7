import { existsSync } from 'node:fs';
import { medicationNotes, nameChecks } from '../../../src/content/medications/name-checks';
import type { ReviewerNotes } from './explain-pack';

/** A reviewer-only module beside an article's pack (`src/content/<id>/<name>.ts`), if it has one. */
async function beside<T>(id: string, name: string): Promise<Partial<T>> {
  const file = new URL(`../../../src/content/${id}/${name}.ts`, import.meta.url);
  return existsSync(file) ? ((await import(file.href)) as Partial<T>) : {};
}

/**
 * What only reviewers read of an article, none of it in the bundle: the article text its caveats
 * paraphrase, notes for the article's editor, and how the medicine names were checked.
 */
export async function reviewerNotesOf(id: string): Promise<ReviewerNotes> {
  const { quotes = {} } = await beside<Pick<ReviewerNotes, 'quotes'>>(id, 'quotes');
  const { editorNotes = [] } = await beside<Pick<ReviewerNotes, 'editorNotes'>>(id, 'editor-notes');
  return { quotes, editorNotes, nameChecks, medicationNotes };
}
