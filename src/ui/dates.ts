const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A day in long form in `locale`: a `Date`, or an ISO date ("2026-11-29") read as that day wherever
 * the reader is (at noon, so no time zone moves it to the day before).
 */
export function formatDate(date: Date | string, locale: string): string {
  const format = formats.get(locale) ?? new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
  formats.set(locale, format);
  return format.format(typeof date === 'string' ? new Date(`${date}T12:00:00`) : date);
}

/**
 * Today, long form, in `locale`. The first date format of a page loads the browser's date data (slow
 * on a phone): the widget calls this in idle time while the reader answers, so "See my results" does
 * not pay it.
 */
export const prepareDate = (locale: string) => formatDate(new Date(), locale);
