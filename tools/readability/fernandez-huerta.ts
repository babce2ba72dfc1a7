/**
 * Fernández-Huerta reading ease, the Spanish counterpart of the Flesch score the English text is held
 * to: 206.84 − 0.60 × syllables per 100 words − 1.02 × sentences per 100 words. Higher is easier:
 * 90–100 very easy, 80–90 easy, 70–80 fairly easy, 60–70 standard.
 *
 * Words and sentences are found as the English reading-grade test finds them, so the two languages are
 * measured alike: `{placeholders}` are left out (a name or an answer fills them), and a sentence ends
 * at . ! ? : or ; followed by a space or the end.
 */
import { countSyllables } from './syllables-es';

const withoutPlaceholders = (text: string) => text.replace(/\{[^}]*\}/g, ' ');

/**
 * The words of a text: runs of letters and digits, with inner hyphens ("MK-4") and apostrophes.
 * Unlike English, a decimal comma or a thousands dot keeps a number whole ("2,5", "1.000"), since it
 * is read as one number.
 */
export const wordsOf = (text: string): string[] =>
  withoutPlaceholders(text).match(/[\p{L}\p{N}µ'’]+(?:[-–][\p{L}\p{N}]+)*(?:[.,]\d+)*/gu) ?? [];

/** How many sentences a text has, and at least one. */
export const sentencesOf = (text: string): number =>
  withoutPlaceholders(text)
    .split(/[.!?:;]+(?:\s|$)/)
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence)).length || 1;

/** A text's reading ease and what it is made of, for a checker to say why a text reads hard. */
export type Reading = { ease: number; words: number; sentences: number; syllables: number };

/** The reading ease of `text`, with its counts; a text without words reads as 0. */
export function readingOf(text: string): Reading {
  const words = wordsOf(text);
  const sentences = sentencesOf(text);
  const syllables = words.reduce((sum, word) => sum + countSyllables(word), 0);
  const ease =
    words.length === 0 ? 0 : 206.84 - 60 * (syllables / words.length) - 102 * (sentences / words.length);
  return { ease, words: words.length, sentences, syllables };
}

/** Fernández-Huerta reading ease of a Spanish text: higher is easier. */
export const readingEase = (text: string): number => readingOf(text).ease;
