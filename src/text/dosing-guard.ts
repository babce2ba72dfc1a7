/**
 * Finds dosing language: amounts with units, how often to take something, and instructions to
 * take, raise, lower, double or stop an amount. The widget must never say how much to take, so packs are rejected and tests
 * fail on any match. Deliberately broad: a false alarm costs an editor a rewording; a miss could
 * cost a reader their safety.
 */

export type DosingMatch = {
  /** The text that looks like dosing advice. */
  text: string;
  /** Where it starts in the checked string. */
  index: number;
  kind: 'amount' | 'instruction' | 'frequency';
};

/** One locale's patterns for the three kinds of dosing language. */
type Patterns = Record<DosingMatch['kind'], RegExp>;

// Units as labels in other scripts print them, for readers who type their medicine off such a label
// ("ривароксабан 20 мг", "وارفارين ٥ ملغ"): Cyrillic mg, mcg, ml, units and tablets; Chinese and
// Japanese mg, mcg, ml and tablets ("1錠"); Arabic, Persian, Hebrew, Thai, Devanagari, Bengali and
// Georgian mg (Arabic and Thai ml too), as labels print them. Fullwidth "ｍｇ" is read as "mg" and
// other scripts' digits as ours (withoutAccents).
const LABEL_UNITS = String.raw`мг|мкг|мл|ед|таб(?:летк[аи]|\.)?|毫克|微克|毫升|片|ミリグラム|マイクログラム|ミリリットル|錠|ملغم?|مجم|مل|میلی ?گرم|מ"ג|מ״ג|มก\.?|มล\.?|मि\.?ग्रा\.?|मिग्रा|মি\.?গ্রা\.?|მგ`;
// Chinese and Japanese write no space between a name and its amount ("华法林3毫克", "1錠を飲む"), so
// only letters of other scripts next to an amount mean it is part of a word ("MK-7", "B12 tablets").
const WORD_LETTER = String.raw`(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])\p{L}`;

function englishPatterns(): Patterns {
  const NUMBER = String.raw`(?:\d[\d.,\s]*(?:\s*(?:-|–|to)\s*\d[\d.,]*)?|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|half\s+an?|an?)`;
  const UNIT = String.raw`(?:i\.?\s?u|international\s+units?|units?|mcg|µg|μg|ug|micrograms?|mg|milligrams?|g|grams?|ml|drops?|tablets?|tabs?|capsules?|caps|softgels?|pills?|gummies|gummy|sprays?|doses?|scoops?|${LABEL_UNITS})`;
  // "increase your dose", "take more", "stop taking warfarin", "double the amount".
  const VERB =
    '(?:take|taking|raise|raising|increase|increasing|lower|lowering|reduce|reducing|decrease|decreasing|double|doubling|halve|halving|triple|cut|cutting|boost|boosting|adjust|adjusting|skip|skipping|start|starting|stop|stopping|up|bump)';
  const OBJECT = String.raw`(?:(?:with|on|at)\s+)?(?:(?:your|the|a|an|this|that|their|my)\s+)?(?:(?:daily|usual|current|supplement|vitamin\s+\w+|\w+)\s+)?(?:dose|doses|dosage|dosing|amount|intake)`;
  const COMPARATIVE = String.raw`(?:more|less|extra|fewer|higher|lower|twice|half|double|triple|a\s+lot\s+more|as\s+much)`;
  return {
    // "1,000 IU", "two capsules", "45 mg" — an amount is a number followed by a dose unit.
    amount: new RegExp(String.raw`(?<!${WORD_LETTER}|[\d-])${NUMBER}\s*${UNIT}(?!${WORD_LETTER})`, 'giu'),
    instruction: new RegExp(
      String.raw`\b${VERB}\s+(?:${OBJECT}|${COMPARATIVE}\b)|\bstop\s+(?:taking|using)\b|\b(?:dose|dosage)\s+(?:of|should|is|to)\b`,
      'giu',
    ),
    // "twice a day", "once daily", "3 times per week", "every 8 hours", "every other day": how often is dosing too.
    frequency:
      /\b(?:(?:once|twice|thrice|(?:\d+|one|two|three|four)\s*(?:x|times))\s+(?:a|per|each|every)\s+(?:day|night|morning|evening|week|month)|(?:once|twice|thrice|(?:\d+|one|two|three|four)\s*(?:x|times))\s+(?:daily|nightly|weekly|monthly)|every\s+(?:\d+|one|two|three|four|six|eight|twelve)\s+(?:hours?|days?|weeks?)|every\s+other\s+(?:day|week))\b/giu,
  };
}

// Spanish is matched with its accents off, as all text is (withoutAccents), so the patterns write
// "capsula" and "dia".
function spanishPatterns(): Patterns {
  // "2", "2,5", "1.000", "1-2", "1 a 2", "1 o 2", "dos", "media", "un par de". "uno" is left to how
  // often ("uno al dia"): before a unit Spanish says "un", and "uno sobre otro" is no amount.
  const NUMBER = String.raw`(?:\d[\d.,\s]*(?:\s*(?:-|–|a|o)\s*\d[\d.,]*)?|una?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|veinte|media|medio|un\s+par\s+de|unas?\s+pocas?|unos\s+pocos|varias|varios)`;
  // "sobre" is also "about": a single sachet counts only after a digit, "un" or "medio".
  const UNIT = String.raw`(?:mg|miligramos?|mcg|µg|μg|ug|microgramos?|g|gr|gramos?|ml|mililitros?|u\.?\s?i\.?|unidades(?:\s+internacionales)?|unidad|dosis|gotas?|comprimidos?|pastillas?|pildoras?|tabletas?|capsulas?|perlas?|grageas?|sobres|ampollas?|viales?|inyeccion(?:es)?|pinchazos?|plumas?|jeringas?|cucharadas?|cucharaditas?|pulverizacion(?:es)?|inhalacion(?:es)?|aplicacion(?:es)?|gomitas?|gominolas?|${LABEL_UNITS})`;
  const SACHET = String.raw`(?:\d[\d.,]*|un|medio)\s*sobre`;
  // Verbs that set or change an amount, as an instruction words them: infinitive (with "-se"), usted
  // and tu imperatives, subjunctive, gerund. Indicative "toma" is "you take" as well as "take!", so like
  // every verb here it counts only before an amount's name or a comparative, never alone.
  const VERB =
    '(?:tom(?:ar|arse|ese|e|es|en|a|ando)|aument(?:ar|e|es|en|a|ando)|sub(?:ir|a|as|an|e|iendo)|baj(?:ar|e|es|en|a|ando)|disminu(?:ir|ya|yas|yan|ye|yendo)|reduc(?:ir|e|iendo)|reduzc(?:a|as|an)|duplic(?:ar|a|ando)|dupliqu(?:e|es|en)|triplic(?:ar|a)|tripliqu(?:e|en)|dobl(?:ar|e|es|en|a|ando)|ajust(?:ar|e|es|en|a|ando)|cambi(?:ar|e|es|en|a|ando)|modific(?:ar|a|ando)|modifiqu(?:e|es|en)|salt(?:ar|arse|ese|e|es|en|a)|omit(?:ir|a|as|an|e)|us(?:ar|e|es|en)|empez(?:ar|ando)|empiece|empieza|comenz(?:ar|ando)|comience|comienza|inici(?:ar|e|a|ando))';
  // "la dosis", "su dosis diaria", "la cantidad", "una toma", "su ingesta".
  const OBJECT = String.raw`(?:(?:la|las|su|sus|tu|tus|una|esa|esta|cada)\s+)?(?:dosis|cantidad(?:es)?|dosificacion|posologia|tomas?|ingesta)`;
  const COMPARATIVE = String.raw`(?:mas|menos|el\s+doble|la\s+mitad|extra|otra\s+(?:dosis|toma|capsula|pastilla|comprimido))`;
  // A number straight after an order to take ("tome 2", "tomar dos"); not after "toma", which a
  // reason line fills with a name ("Usted toma {generic}").
  const TAKE_A_NUMBER = String.raw`\btom(?:ar|arse|ese|e|es|en)\s+(?:\d|(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|media|medio)\b)`;
  return {
    amount: new RegExp(
      String.raw`(?<!${WORD_LETTER}|[\d-])(?:${NUMBER}\s*${UNIT}|${SACHET})(?!${WORD_LETTER})`,
      'giu',
    ),
    instruction: new RegExp(
      [
        String.raw`\b${VERB}\s+(?:${OBJECT}|${COMPARATIVE})\b`,
        TAKE_A_NUMBER,
        // Stopping or starting a medicine is dosing on its own, as "stop taking" is in English; naming
        // what to start, stop or change ("antes de empezar, dejar o cambiar la K2") is not.
        String.raw`\bdej(?:ar|e|es|en|a|ando)\s+de\s+(?:tomar(?:lo|la|los|las)?|usar(?:lo|la|los|las)?|ponerse|inyectarse)\b`,
        String.raw`\bsuspend(?:er|erlo|erla|a|as|an|e|iendo)\b`,
        String.raw`\bpar(?:ar|e|en|a)\s+de\s+(?:tomar|usar)\b`,
        String.raw`\binterrump(?:ir|a|as|an|e|iendo)\b`,
        // "no tome más de 2": a ceiling is an amount to take.
        String.raw`\bno\s+tom(?:e|es|en|ar)\s+mas\s+de\b`,
        String.raw`\b(?:empez(?:ar|ando)|empiece|empiecen|empieza|comenz(?:ar|ando)|comience|comiencen|comienza|vuelva|volver|siga|seguir)\s+(?:a\s+)?(?:tomar|tomando|usar|usando)\b`,
        String.raw`\bdosis\s+(?:de|es|debe|deberia|diaria|recomendada|maxima|minima|habitual|correcta|adecuada)\b`,
      ].join('|'),
      'giu',
    ),
    // "una vez al dia", "dos veces por semana", "cada 8 horas", "cada dos dias", "en dias alternos".
    frequency: new RegExp(
      [
        String.raw`\b(?:una|dos|tres|cuatro|\d+)\s+(?:vez|veces)\s+(?:al|por|a\s+la|cada|en\s+el)\s+(?:dia|semana|mes|noche|manana)\b`,
        String.raw`\b(?:una|dos|tres|cuatro|\d+)\s+(?:vez|veces)\s+(?:diarias?|semanal(?:es)?|mensual(?:es)?)\b`,
        String.raw`\bcada\s+(?:\d+|dos|tres|cuatro|seis|ocho|doce|veinticuatro|otro)\s+(?:horas?|dias?|semanas?|meses?)\b`,
        String.raw`\b(?:en\s+)?dias\s+alternos\b|\bun\s+dia\s+si\s+y\s+otro\s+no\b`,
        String.raw`\b(?:\d+|una?|uno|dos|tres)\s+(?:al|por)\s+dia\b`,
      ].join('|'),
      'giu',
    ),
  };
}

/**
 * Dosing patterns by language (the subtag before any region: "en-GB" uses "en"). A pack may be written
 * only in a language listed here; adding a language means writing its patterns first.
 */
const PATTERN_MAKERS: Readonly<Record<string, () => Patterns>> = { en: englishPatterns, es: spanishPatterns };

// Built on first use, not when the script loads: compiling the Unicode patterns costs the host page's
// main thread, and a reader who types no medicine never needs them.
const built = new Map<string, Patterns>();
function patternsOf(language: string): Patterns | undefined {
  const make = Object.hasOwn(PATTERN_MAKERS, language) ? PATTERN_MAKERS[language] : undefined;
  if (!make) return undefined;
  const patterns = built.get(language) ?? make();
  built.set(language, patterns);
  return patterns;
}

const languageOf = (locale: string) => locale.split('-')[0]?.toLowerCase() ?? '';

/** True when the dosing guard has patterns for `locale`'s language, so text in it can be checked. */
export const hasDosingPatterns = (locale: string): boolean =>
  Object.hasOwn(PATTERN_MAKERS, languageOf(locale));

/**
 * Accents go and fullwidth forms read as plain ones, one character for one, so "dóse" reads as "dose"
 * (accented pseudo-locales, readers' spellings) and "１ｍｇ" as "1mg", and every match's index still
 * points into the original text. Only the Latin-style accents (U+0300–U+036F) go: kana's voicing marks
 * are part of the letter (グ is not ク), so a kana letter keeps its two parts and stays as it is.
 */
const withoutAccents = (text: string) =>
  text.replace(/[\u0080-\uffff]/g, (c) => {
    const digit = digitOf(c);
    if (digit) return digit;
    const bare = c.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    return bare.length === 1 ? bare : c;
  });

// The zero of each script's digits (Arabic-Indic, Persian, the Indic scripts, Thai, Lao, Myanmar,
// Khmer), each followed by its other nine; and the Arabic decimal and thousands separators.
const ZEROS = '٠۰०০੦૦୦௦౦೦൦෦๐໐၀០';
function digitOf(c: string): string | undefined {
  if (c === '٫') return '.';
  if (c === '٬') return ',';
  const code = c.charCodeAt(0);
  for (const zero of ZEROS) {
    const value = code - zero.charCodeAt(0);
    if (value >= 0 && value <= 9) return String(value);
  }
  return undefined;
}

/**
 * Every place in `text` that reads as dosing advice, in `locale`'s language or, without one, in any
 * language the guard knows (a reader may type in any of them). An empty list means it is safe to show.
 */
export function findDosingLanguage(text: string, locale?: string): DosingMatch[] {
  const languages = locale === undefined ? Object.keys(PATTERN_MAKERS) : [languageOf(locale)];
  const sets = languages.map(patternsOf);
  const bare = withoutAccents(text);
  const matches: DosingMatch[] = [];
  for (const patterns of sets) {
    if (!patterns) throw new Error(`The dosing guard has no patterns for locale "${locale}"`);
    for (const kind of ['amount', 'frequency', 'instruction'] as const) {
      for (const m of bare.matchAll(patterns[kind])) {
        matches.push({
          text: text.slice(m.index, m.index + m[0].trimEnd().length).trim(),
          index: m.index,
          kind,
        });
      }
    }
  }
  return matches.sort((a, b) => a.index - b.index);
}

/** True when `text` contains no dosing language. */
export function isDoseFree(text: string, locale?: string): boolean {
  return findDosingLanguage(text, locale).length === 0;
}

/**
 * `text` with any dosing language (in any language the guard knows) cut out, for echoing what a reader
 * typed (e.g. "Zorblax 10 mg" → "Zorblax").
 * Cutting can join the pieces either side into new dosing text ("take take more more" → "take more"),
 * so cutting repeats until nothing is left to find; each pass shortens the text, so this ends.
 */
export function removeDosingLanguage(text: string): string {
  let kept = text;
  for (let matches = findDosingLanguage(kept); matches.length > 0; matches = findDosingLanguage(kept)) {
    kept = cutMatches(kept, matches);
  }
  return kept;
}

function cutMatches(text: string, matches: DosingMatch[]): string {
  let kept = '';
  let from = 0;
  for (const match of matches) {
    if (match.index < from) continue;
    kept += text.slice(from, match.index);
    from = match.index + match.text.length;
  }
  return (kept + text.slice(from)).replace(/\s{2,}/g, ' ').trim();
}
