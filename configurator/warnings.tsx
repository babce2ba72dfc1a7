// What a choice costs, said where the partner copies the snippet: the reserve at any root font size,
// health data reaching the page's scripts, a version pinned by its integrity, and where CDNs fit.
import type { Choices } from './choices';
import type { ArticleSummary, Manifest } from './manifest';

export function Warnings({
  manifest,
  choices,
  article,
}: {
  manifest: Manifest;
  choices: Choices;
  article: ArticleSummary;
}) {
  const { name, version } = manifest.pkg;
  return (
    <div class="warnings">
      <p class="note">
        The CSS holds whatever your page's root font size (<code>html {'{ font-size: 62.5% }'}</code>{' '}
        included): it counts in the widget's own text size, <code>--pfw-font-size</code>, not in your page's{' '}
        <code>rem</code>.
        {choices.mode === 'iframe' &&
          ' The iframe’s height="800" reserves the space on wider screens; the CSS adds what the narrowest phones need.'}
      </p>
      {choices.options['share-results'] === 'caveat-ids' && (
        <div class="warning" id="privacy-warning">
          <h3>Privacy warning: health data reaches your page's scripts</h3>
          <p>
            With <code>caveat-ids</code>, the results event carries which caveats apply to the reader, and a
            caveat id is health data: <code>anticoagulant</code> means "takes a blood thinner". Every script
            on your page hears it, ad and analytics tags included. Choose it only if you need the ids, control
            every script on the page, and treat what you collect as health data (consent; GDPR article 9 or
            your local equivalent).
          </p>
        </div>
      )}
      <div class="warning" id="upgrade-note">
        <h3>Upgrading a version pinned by its integrity</h3>
        <p>
          The <code>integrity</code> value pins these exact files of {name} {version}. Other files at the same
          address fail the check, and the widget does not appear. To upgrade, take the new version's snippet
          (from its configurator or its <code>dist/snippet.html</code>) and change the address and the
          integrity together.
          {choices.hosting === 'own'
            ? ' Host each version in a folder of its own, so pages that still carry the old snippet keep working.'
            : ` The CDN serves ${name}@${version} as it was published, for good, so the value stays valid; a range or "latest" in the address would not.`}{' '}
          The changelog lists what each version changes, breaking changes first.
        </p>
      </div>
      {choices.hosting !== 'own' && (
        <p class="note">
          jsDelivr and unpkg serve a version once it is published on npm. The preview here runs this build's
          own files; your page will load them from the CDN.
        </p>
      )}
      <p class="note">
        Article <code>{article.id}</code> links its cards to {article.sections.length} sections of your
        article; see "Where section links go" above.
      </p>
    </div>
  );
}
