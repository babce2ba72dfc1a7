// What the configurator knows of the build it runs in (virtual:configurator-build, written by
// tools/configurator-plugin.ts): nothing here is typed in by hand, so new articles and locales appear on their own.

/** The integrity of the files the snippets load; null on the dev server, where nothing is built. */
export type Integrity = { 'embed.js': string; 'resizer.js': string };

/** One article of the registry, with the sections its result cards link to. */
export type ArticleSummary = {
  id: string;
  title: string;
  locales: string[];
  sections: { id: string; heading: string }[];
};

/** One option's JSON Schema property, as the shipped script checks attributes against it. */
export type OptionProperty = { enum?: string[]; pattern?: string; default?: string; description?: string };

export type Manifest = {
  pkg: { name: string; version: string };
  sri: Integrity | null;
  articles: ArticleSummary[];
  options: Record<string, OptionProperty>;
  /** The locales the widget has messages for; a `locale` value outside them (such as "auto") is no article's language. */
  catalogLocales: string[];
};
