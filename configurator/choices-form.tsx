// The partner's choices: the widget's options (from the build's options schema and registry), how it
// is embedded, and where its files are hosted.
import {
  type Choices,
  exampleSectionHref,
  type Hosting,
  localesOf,
  type Mode,
  type Problems,
} from './choices';
import { RadioGroup, SelectField, TextField } from './fields';
import type { Manifest } from './manifest';

const THEME_LABELS: Record<string, string> = {
  auto: "Auto: follows the reader's light or dark setting",
  light: 'Light',
  dark: 'Dark',
};

const SHARE_LABELS: Record<string, string> = {
  count: 'How many caveats apply (the default)',
  'caveat-ids': 'Which caveats apply: their ids (health data, read the warning)',
};

const languageName = (locale: string) => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(locale) ?? locale;
  } catch {
    return locale; // not a language tag ("auto")
  }
};

const localeLabel = (locale: string) => {
  const name = languageName(locale);
  return name === locale ? locale : `${name} (${locale})`;
};

export function ChoicesForm({
  manifest,
  choices,
  problems,
  onChange,
}: {
  manifest: Manifest;
  choices: Choices;
  problems: Problems;
  onChange: (choices: Choices) => void;
}) {
  const { options } = choices;
  const set = (name: string, value: string) =>
    onChange({ ...choices, options: { ...options, [name]: value } });
  const article = options.article ?? '';
  const locales = localesOf(manifest, article);
  const enumOf = (name: string) => manifest.options[name]?.enum ?? [];

  const setArticle = (id: string) => {
    const next: Record<string, string> = { ...options, article: id };
    // A language the new article is not written in falls back to the default.
    if (!localesOf(manifest, id).includes(next.locale ?? ''))
      next.locale = manifest.options.locale?.default ?? '';
    if (options['section-href'] === exampleSectionHref(choices.mode, choices.site, article))
      next['section-href'] = exampleSectionHref(choices.mode, choices.site, id);
    onChange({ ...choices, options: next });
  };
  const setMode = (mode: Mode) => {
    const href = options['section-href'] ?? '';
    // The other mode's example link becomes this mode's; a link the partner wrote stays.
    const example = href === exampleSectionHref(choices.mode, choices.site, article);
    onChange({
      ...choices,
      mode,
      hosting: mode === 'iframe' ? 'own' : choices.hosting,
      options: {
        ...options,
        'section-href': example ? exampleSectionHref(mode, choices.site, article) : href,
      },
    });
  };

  return (
    <form class="choices-form" onSubmit={(event) => event.preventDefault()}>
      <SelectField
        id="article"
        label="Article"
        value={article}
        choices={manifest.articles.map((a) => ({ value: a.id, label: `${a.title} (${a.id})` }))}
        onChange={setArticle}
      />
      <SelectField
        id="locale"
        label="Language (locale)"
        value={options.locale ?? ''}
        choices={locales.map((locale) => ({ value: locale, label: localeLabel(locale) }))}
        onChange={(value) => set('locale', value)}
      />
      <RadioGroup
        name="theme"
        legend="Colours (theme)"
        value={options.theme ?? ''}
        choices={enumOf('theme').map((value) => ({ value, label: THEME_LABELS[value] ?? value }))}
        onChange={(value) => set('theme', value)}
      />
      <RadioGroup
        name="mode"
        legend="How your page embeds it"
        value={choices.mode}
        choices={[
          { value: 'element', label: 'The element, in your page (recommended)' },
          { value: 'iframe', label: 'An iframe, for sites that allow only iframes' },
        ]}
        onChange={(value) => setMode(value as Mode)}
      />
      <RadioGroup
        name="hosting"
        legend="Where the files are hosted"
        value={choices.hosting}
        choices={[
          { value: 'own', label: 'Your own copy of dist/, on your site or your CDN' },
          ...(['jsdelivr', 'unpkg'] as const).map((cdn) => ({
            value: cdn,
            label: `${cdn === 'jsdelivr' ? 'jsDelivr' : 'unpkg'}: ${manifest.pkg.name}@${manifest.pkg.version} from npm`,
            disabled: choices.mode === 'iframe',
            hint:
              choices.mode === 'iframe'
                ? 'Not for iframe mode: the frame is an HTML page, and npm CDNs are made for scripts and styles (jsDelivr serves HTML as plain text). Host dist/ yourself.'
                : undefined,
          })),
        ]}
        onChange={(value) => onChange({ ...choices, hosting: value as Hosting })}
      >
        {choices.hosting === 'own' && (
          <TextField
            id="own-base"
            label="The folder where you host dist/"
            value={choices.ownBase}
            error={problems.ownBase}
            hint={
              <p>
                A path on your site (<code>/static/personal-factors/{manifest.pkg.version}</code>) or a full
                address. Keep one folder per version.
              </p>
            }
            onInput={(ownBase) => onChange({ ...choices, ownBase })}
          />
        )}
      </RadioGroup>
      {choices.mode === 'iframe' && (
        <TextField
          id="site"
          label="Your site's origin (parent-origin)"
          value={choices.site}
          error={problems.site}
          hint={
            <p>
              The frame sends its height and results to this origin only, e.g. https://www.your-site.example.
            </p>
          }
          onInput={(site) => onChange({ ...choices, site })}
        />
      )}
      <TextField
        id="section-href"
        label="Where section links go (section-href)"
        value={options['section-href'] ?? ''}
        error={problems['section-href']}
        hint={<SectionHint manifest={manifest} article={article} />}
        onInput={(value) => set('section-href', value)}
      />
      <RadioGroup
        name="share-results"
        legend="What your page's scripts hear when results are shown (share-results)"
        value={options['share-results'] ?? ''}
        choices={enumOf('share-results').map((value) => ({ value, label: SHARE_LABELS[value] ?? value }))}
        onChange={(value) => set('share-results', value)}
      />
    </form>
  );
}

/** The sections an article's cards link to: the page's headings must carry these ids. */
function SectionHint({ manifest, article }: { manifest: Manifest; article: string }) {
  const sections = manifest.articles.find((a) => a.id === article)?.sections ?? [];
  return (
    <>
      <p>
        Each result card links to the part of your article it comes from: <code>{'{id}'}</code> becomes that
        section's id. Your article's headings must carry these ids (e.g.{' '}
        <code>{`<h2 id="${sections[0]?.id}">`}</code>), or the links go nowhere:
      </p>
      <ul class="sections">
        {sections.map((section) => (
          <li key={section.id}>
            <code>{section.id}</code>: {section.heading}
          </li>
        ))}
      </ul>
    </>
  );
}
