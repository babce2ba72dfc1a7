/**
 * Reading what a reader typed into a number question, the way they type it: digits, optionally
 * followed by the unit readers write after an age, in English ("72 years", "72 yrs", "72 y.o.") or in
 * Spanish ("72 años", "1 año", "72 a."), where a keyboard without "ñ" gives "72 anos". Anything else
 * (words, signs, decimals, exponents) is refused rather than guessed at.
 */
const WHOLE_NUMBER = /^(\d+)\s*(?:years?(?: old)?|yrs?\.?|y\.?o\.?|y\.?|años?|anos|a\.?)?$/i;

/** Reads `text` as a whole number from `min` to `max`: a number, nothing (skipped), or invalid. */
export function readNumber(
  text: string,
  { min, max }: { min: number; max: number },
): { value?: number; invalid?: true } {
  // One "ñ", however it was typed: some keyboards send "n" and a combining tilde.
  const trimmed = text.normalize('NFC').trim();
  if (trimmed === '') return {};
  const digits = WHOLE_NUMBER.exec(trimmed)?.[1];
  const value = digits === undefined ? Number.NaN : Number(digits);
  return value >= min && value <= max ? { value } : { invalid: true };
}
