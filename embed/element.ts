import { Fragment, h, render } from 'preact';
import { articles } from '../src/content/registry';
import type { Article } from '../src/schema/article';
import { fill } from '../src/text/fill';
import { catalogs, messagesFor } from '../src/ui/messages/catalogs';
import { Widget, type WidgetProps } from '../src/ui/widget';
import { languageAround } from './locale';
import { OptionsError } from './options-error';
import { printOnly } from './print';
import { RESULTS_EVENT, resultsDetail } from './protocol';
import { optionNames, readOptions } from './read-options';
import { adoptWidgetSheet, hostSheets } from './style-sheets';
import { whenNearOrIdle } from './when-near';

/** Marks our element classes, so a second copy of the script recognises the first. */
export const ELEMENT_MARK = Symbol.for('personal-factors-widget');

/** `<personal-factors article="d3-k2">`: the questionnaire in an open shadow root. */
export class PersonalFactorsElement extends HTMLElement {
  static readonly [ELEMENT_MARK] = true;
  /** The options, and its own `lang`: the nearest one to it, which `locale="auto"` follows. */
  static readonly observedAttributes = [...optionNames, 'lang'];
  #mount: HTMLElement | undefined;
  #reported = '';
  /** The widget as the last valid attributes set it up; kept while a bad attribute shows its error. */
  #widget: WidgetProps | undefined;
  /** Set once the first render has been due (whenNearOrIdle); until then the empty frame holds the space. */
  #started = false;
  #cancelStart: (() => void) | undefined;

  connectedCallback(): void {
    if (!this.#mount) {
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      shadow.adoptedStyleSheets = hostSheets();
      this.#mount = document.createElement('div');
      this.#mount.className = 'pfw-frame';
      shadow.append(this.#mount);
    }
    if (this.#started) this.#render();
    else
      this.#cancelStart ??= whenNearOrIdle(this, () => {
        this.#cancelStart = undefined;
        this.#started = true;
        this.#render();
      });
  }

  attributeChangedCallback(): void {
    if (this.#started) this.#render();
  }

  disconnectedCallback(): void {
    // A move within the page reconnects in the same task: keep the reader's answers then.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.#cancelStart?.();
      this.#cancelStart = undefined;
      if (this.#mount) render(null, this.#mount);
    });
  }

  #render(): void {
    const mount = this.#mount as HTMLElement;
    adoptWidgetSheet(this.shadowRoot as ShadowRoot);
    const raw = Object.fromEntries(optionNames.map((name) => [name, this.getAttribute(name)]));
    // The page's language is read at each render (connected, an attribute changed), not watched.
    const result = readOptions(raw, articles, {
      lang: languageAround(this),
      catalogs: Object.keys(catalogs),
    });
    let error = null;
    if (result.ok) {
      this.#reported = '';
      const { article, locale, theme } = result.options;
      const shareIds = result.options['share-results'] === 'caveat-ids';
      const template = result.options['section-href'];
      // Both exist: the options allow only the registry's articles, and resolve `locale` to one the
      // article is written in and has messages for. The widget's root carries its `lang` and `dir`.
      const { locales, medications, classes } = articles.find((a) => a.id === article) as Article;
      mount.dataset.theme = theme;
      this.#widget = {
        content: { pack: locales[locale] as Article['pack'], medications, classes },
        locale,
        messages: messagesFor(locale, catalogs),
        sectionHref: (id: string) => fill(template, { id: encodeURIComponent(id) }),
        onResults: (caveats: string[]) =>
          this.dispatchEvent(
            new CustomEvent(RESULTS_EVENT, {
              bubbles: true,
              composed: true,
              detail: resultsDetail(article, caveats, shareIds),
            }),
          ),
        print: () => printOnly(this),
      };
    } else {
      const lines = result.issues.map((issue) => issue.message);
      const report = `<${this.localName}>: ${lines.join('; ')}`;
      if (report !== this.#reported) console.error(report);
      this.#reported = report;
      error = h(OptionsError, { lines });
    }
    // Behind an error the widget stays mounted, hidden, so fixing the attribute brings back what the
    // reader had entered. Another article is another questionnaire (the key starts it afresh).
    const widget = this.#widget;
    render(
      h(
        Fragment,
        null,
        error,
        widget && h('div', { hidden: !!error, key: widget.content.pack.id }, h(Widget, widget)),
      ),
      mount,
    );
  }
}
