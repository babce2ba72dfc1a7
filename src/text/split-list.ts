/**
 * Splits what a reader typed or pasted into one entry per medicine: "Eliquis 5mg twice daily, metformn"
 * → "Eliquis 5mg twice daily", "metformn". Nothing the reader wrote is lost but the separators.
 */
import { normaliseMedicationText } from './normalise';

// Commas, semicolons, slashes, "+", bullets, line breaks, and " and " / " & " between words; Spanish
// " y ", and " e ", which Spanish writes for "y" before a word starting with i or hi ("warfarina e
// ibuprofeno"), so a lone "e" elsewhere (vitamin E) splits nothing; the commas and semicolons of other
// scripts (Arabic "،" "؛", ideographic "、", fullwidth "，" "；") and the Devanagari danda "।".
const SEPARATOR = /[,;/+\n\r•·،؛、，；।॥]|[ \t]+(?:and|&|y|e(?=[ \t]+h?[ií]))[ \t]+/giu;

/**
 * Each medicine in `text`, trimmed, in order. A piece naming nothing but an amount or a form
 * ("0.4 mL" in "40 mg/0.4 mL", "5 mg" in "2,5 mg") stays with the piece before it, as written.
 */
export function splitMedicationList(text: string): string[] {
  const pieces: { start: number; end: number }[] = [];
  let start = 0;
  for (const separator of text.matchAll(SEPARATOR)) {
    pieces.push({ start, end: separator.index });
    start = separator.index + separator[0].length;
  }
  pieces.push({ start, end: text.length });

  const merged: { start: number; end: number }[] = [];
  for (const piece of pieces) {
    const words = normaliseMedicationText(text.slice(piece.start, piece.end));
    const last = merged[merged.length - 1];
    if (last && words === '' && /\S/.test(text.slice(piece.start, piece.end))) last.end = piece.end;
    else merged.push({ ...piece });
  }
  return merged.map(({ start, end }) => text.slice(start, end).trim()).filter((part) => part !== '');
}
