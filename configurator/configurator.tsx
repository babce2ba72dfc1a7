// The embed configurator: a partner picks the options, tries the real widget beside them, and copies
// the snippet, the reserve CSS and the policy lines their page needs. Nothing on it is sent anywhere.
import { useMemo, useState } from 'preact/hooks';
import { type Choices, cspOf, initialChoices, problemsOf, reserveCssOf, snippetOf } from './choices';
import { ChoicesForm } from './choices-form';
import type { Manifest } from './manifest';
import { Output } from './output';
import { Preview } from './preview';
import { PreviewControls, type PreviewLook } from './preview-controls';
import { widgetFiles } from './preview-page';
import { Warnings } from './warnings';

/** The window width from which the preview sits beside the choices (configurator.css). */
const WIDE_LAYOUT = 1100;

export function Configurator({ manifest }: { manifest: Manifest }) {
  const [choices, setChoices] = useState<Choices>(() => initialChoices(manifest));
  // On a phone or a narrow window, the preview starts at a phone's width.
  const [look, setLook] = useState<PreviewLook>(() => ({
    width: innerWidth < WIDE_LAYOUT ? '320' : 'desktop',
    scheme: 'light',
    root: '16px',
  }));
  const [status, setStatus] = useState('');
  const [heard, setHeard] = useState<unknown>();
  const [link, setLink] = useState('');
  const files = useMemo(() => widgetFiles(manifest.sri, location.href), [manifest.sri]);
  const article = manifest.articles.find((a) => a.id === choices.options.article) ?? manifest.articles[0];
  if (!article) return <p class="error">This build serves no article: its registry is empty.</p>;

  const problems = problemsOf(choices, manifest);
  const defaults = Object.fromEntries(Object.entries(manifest.options).map(([name, p]) => [name, p.default]));
  // "auto" follows the reader's setting: the preview shows the scheme picked for it.
  const previewOptions = {
    ...choices.options,
    theme: choices.options.theme === 'auto' ? look.scheme : (choices.options.theme ?? 'auto'),
  };
  const problemList = Object.values(problems);

  return (
    <div class="layout">
      <section class="choices" aria-labelledby="choices-title">
        <h2 id="choices-title">1. Choose</h2>
        <ChoicesForm
          manifest={manifest}
          choices={choices}
          problems={problems}
          onChange={(next) => {
            setChoices(next);
            setHeard(undefined);
            setLink('');
            setStatus('');
          }}
        />
      </section>

      <section class="preview" aria-labelledby="preview-title">
        <h2 id="preview-title">2. Try it</h2>
        <PreviewControls look={look} onChange={setLook} />
        <Preview
          mode={choices.mode}
          article={article}
          options={previewOptions}
          defaults={defaults}
          reserveCss={reserveCssOf(choices)}
          files={files}
          width={look.width}
          scheme={look.scheme}
          root={look.root}
          onHeard={setHeard}
          onLink={setLink}
        />
        <p class="heard" id="heard">
          {heard === undefined
            ? "Your page's scripts hear nothing yet: the widget tells them when the reader sees results."
            : `Your page's scripts hear: personal-factors:results ${JSON.stringify(heard)}`}
        </p>
        {link && (
          <p class="note" id="followed-link">
            On your page, that link goes to <code>{link}</code>.
          </p>
        )}
      </section>
      <section class="outputs" aria-labelledby="outputs-title">
        <h2 id="outputs-title">3. Copy into your page</h2>
        {!manifest.sri && (
          <p class="note" id="dev-note">
            Previewing the source (<code>npm start</code>): nothing is built, so the snippet has placeholders
            where the integrity values go. They come from a build: run <code>npm run build</code> and open{' '}
            <code>dist/configurator.html</code>, or <code>npm run preview</code>.
          </p>
        )}
        {problemList.length ? (
          <div class="error" role="alert">
            <p>Fix this choice to get your snippet:</p>
            <ul>
              {problemList.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        ) : (
          <>
            <Output
              id="snippet"
              title={
                choices.mode === 'element'
                  ? 'The snippet: the script and the element'
                  : 'The snippet: resizer.js and the iframe'
              }
              copyLabel="Copy snippet"
              text={snippetOf(choices, manifest)}
              onCopied={setStatus}
            />
            <Output
              id="reserve-css"
              title="Your page's CSS: the height reserved for the widget"
              copyLabel="Copy CSS"
              text={reserveCssOf(choices)}
              onCopied={setStatus}
            />
            <Output
              id="csp"
              title="Your Content-Security-Policy: add these sources"
              copyLabel="Copy policy lines"
              text={cspOf(choices, manifest)}
              onCopied={setStatus}
            />
          </>
        )}
        <p role="status" class="status">
          {status}
        </p>
        <Warnings manifest={manifest} choices={choices} article={article} />
      </section>
    </div>
  );
}
