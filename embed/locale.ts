// Which of an article's locales a widget shows. `locale="auto"` (the default) takes the language of the
// page around the widget; any other value is a language tag the partner wrote. Either is matched to the
// locales the article is written in, so the whole widget (messages and pack) is in one of them.

/** A language tag's parts that choose a locale, lowercased: "zh-Hant-TW" is zh, hant, tw. */
type Tag = { tag: string; language: string; script?: string; region?: string; variants: boolean };

// Language, script, region (two letters or three digits), then variants and extensions, which choose
// nothing here. "_" is read as "-": some CMSs write "es_MX".
const TAG = /^([a-z]{2,3})(?:-([a-z]{4}))?(?:-([a-z]{2}|[0-9]{3}))?((?:-[a-z0-9]{1,8})*)$/;

function parse(text: string): Tag | undefined {
  const tag = text.trim().toLowerCase().replaceAll('_', '-');
  const match = TAG.exec(tag);
  if (!match) return undefined;
  const [, language = '', script, region, rest] = match;
  return { tag, language, script, region, variants: !!rest };
}

/** The script a tag is written in, said or likely ("zh-TW": hant; "zh": hans); undefined where unknown. */
function scriptOf({ language, script, region }: Tag): string | undefined {
  if (script) return script;
  try {
    return new Intl.Locale(region ? `${language}-${region}` : language).maximize().script?.toLowerCase();
  } catch {
    return undefined; // no Intl.Locale (old browsers): scripts then choose nothing
  }
}

/**
 * How well `have` (a locale the article has) answers `want`, best first; undefined when it does not.
 * 0 the same tag; 1 the same region, `want`'s script aside ("zh-Hant-TW" → "zh-TW"); 2 the language
 * alone ("es-MX" → "es", "en-GB" → "en"); with `otherRegions`, 3 another region ("en-US" → "en-GB").
 * Each in another script than `want`'s own or likely one counts after those: 4 for 1 and 2 ("zh-TW"
 * → "zh", written in simplified characters), 5 for 3. A locale with variants matches only itself.
 */
function rank(want: Tag, have: Tag, otherRegions: boolean): number | undefined {
  if (have.tag === want.tag) return 0;
  if (have.language !== want.language || have.variants) return undefined;
  const general = !have.region || have.region === want.region;
  if (!general && !otherRegions) return undefined;
  const wantScript = scriptOf(want);
  const haveScript = scriptOf(have);
  const sameScript = !wantScript || !haveScript || wantScript === haveScript;
  if (!general) return sameScript ? 3 : 5;
  if (!sameScript) return 4;
  return have.region ? 1 : 2;
}

/**
 * The locale of `available` that the language tag `wanted` asks for, case-insensitively: the same tag,
 * else the nearest of its language by `rank` (a tie goes to `preferred`, then to the order of
 * `available`). Undefined when `wanted` is no language tag ("", "12", "English") or none answers it.
 */
export function matchLocale(
  wanted: string,
  available: readonly string[],
  { preferred, otherRegions = false }: { preferred?: string; otherRegions?: boolean } = {},
): string | undefined {
  const want = parse(wanted);
  if (!want) return undefined;
  const order =
    preferred !== undefined && available.includes(preferred) ? [preferred, ...available] : available;
  let best: { locale: string; rank: number } | undefined;
  for (const locale of order) {
    const have = parse(locale);
    const r = have && rank(want, have, otherRegions);
    if (r !== undefined && (!best || r < best.rank)) best = { locale, rank: r };
  }
  return best?.locale;
}

/**
 * The locale a widget shows, of `available` (the article's locales; `fallback`, its default, among them).
 * For `asked` "auto": the page's language (`pageLang`, as `languageAround` finds it) as the article
 * has it, another region of it if need be ("en-US" → "en-GB"), else `fallback`, also when the page says
 * no language or an unreadable one. For a tag the partner wrote ("es-MX"): that tag or a more general
 * one the article has ("es"), else undefined, which the caller reports: never a silent fallback.
 */
export function resolveLocale(
  asked: string,
  pageLang: string | null | undefined,
  available: readonly string[],
  fallback: string,
): string | undefined {
  if (asked !== 'auto') return matchLocale(asked, available, { preferred: fallback });
  return matchLocale(pageLang ?? '', available, { preferred: fallback, otherRegions: true }) ?? fallback;
}

/**
 * The language the page gives `element`: the `lang` attribute of the nearest of it and its ancestors,
 * across shadow roots to their hosts, up to the document's `<html lang>`; null when none has one. As in
 * HTML, an empty `lang` says "unknown", and ends the search.
 */
export function languageAround(element: Element): string | null {
  for (let at: Element | undefined = element; at; ) {
    const found = at.closest('[lang]');
    if (found) return found.getAttribute('lang');
    at = (at.getRootNode() as Partial<ShadowRoot>).host;
  }
  return null;
}
