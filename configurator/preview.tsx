// The live preview: the real widget on an article page at a phone's or a desktop's width, light or
// dark, at the page's root font size. Options reach it as a partner's page would set them: attributes
// on the element, or the frame's query.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Mode } from './choices';
import type { ArticleSummary } from './manifest';
import { buildPreviewPage, pageHeight, type WidgetFiles } from './preview-page';

export type PreviewWidth = '320' | '375' | '412' | 'desktop';
/** A desktop article column, with the window wider than the phones' breakpoints. */
const DESKTOP_WIDTH = 800;

type PreviewProps = {
  mode: Mode;
  article: ArticleSummary;
  /** The options by attribute name, `theme` already resolved for "auto". */
  options: Record<string, string>;
  defaults: Record<string, string | undefined>;
  reserveCss: string;
  files: WidgetFiles;
  width: PreviewWidth;
  scheme: 'light' | 'dark';
  root: string;
  /** What the page's scripts hear when results are shown (the results event's detail). */
  onHeard: (detail: unknown) => void;
  /** A section link the reader followed: the preview stays, and says where it would go. */
  onLink: (href: string) => void;
};

export function Preview(props: PreviewProps) {
  // The room the page has for the preview: a wider preview is shown smaller, laid out at its own width.
  const stage = useRef<HTMLDivElement>(null);
  const [room, setRoom] = useState(Number.POSITIVE_INFINITY);
  useLayoutEffect(() => {
    const observer = new ResizeObserver(([entry]) => entry && setRoom(entry.contentRect.width));
    observer.observe(stage.current as HTMLDivElement);
    return () => observer.disconnect();
  }, []);
  // Another mode or article is another page: the key gives it a fresh frame and document. So is another
  // share-results, whose event the widget sends only when its results change: a fresh widget shows
  // what the page hears at its next results.
  const key = [props.mode, props.article.id, props.options['share-results']].join(' ');
  return (
    <div class="preview-stage" ref={stage}>
      <PreviewFrame key={key} {...props} room={room} />
    </div>
  );
}

function PreviewFrame(props: PreviewProps & { room: number }) {
  const { mode, article, options, defaults, reserveCss, files, width, scheme, root, room } = props;
  const frame = useRef<HTMLIFrameElement>(null);
  const holder = useRef<HTMLElement>(undefined);
  // The page's listeners outlive a render: they read the latest props through this.
  const latest = useRef(props);
  latest.current = props;
  const [height, setHeight] = useState(900);

  useLayoutEffect(() => {
    const doc = frame.current?.contentDocument as Document;
    const view = doc.defaultView as Window & typeof globalThis;
    holder.current = buildPreviewPage(doc, { mode, article, reserveCss, files });
    const resized = new view.ResizeObserver(() => setHeight(pageHeight(doc)));
    resized.observe(doc.body);
    const heard = (event: Event) => latest.current.onHeard((event as CustomEvent).detail);
    doc.addEventListener('personal-factors:results', heard);
    // Section links would leave the preview: it scrolls to the heading it shows, or says where they go.
    const follow = (event: Event) => {
      const link = event
        .composedPath()
        .find(
          (node): node is HTMLAnchorElement =>
            (node as Element).localName === 'a' && (node as Element).hasAttribute('href'),
        );
      const href = link?.getAttribute('href') ?? '';
      const template = latest.current.options['section-href'] ?? '';
      const section = article.sections.find((s) => href === fillHref(template, s.id));
      if (!section) return;
      event.preventDefault();
      doc.getElementById(section.id)?.scrollIntoView();
      latest.current.onLink(href);
    };
    doc.addEventListener('click', follow, true);
    // In iframe mode the links are in the frame's own document (same origin here).
    const inFrame = () =>
      (holder.current as HTMLIFrameElement).contentDocument?.addEventListener('click', follow, true);
    holder.current.addEventListener('load', inFrame);
    return () => resized.disconnect();
    // Built once per page; later changes reach it through the effect below.
  }, []);

  useLayoutEffect(() => {
    const doc = frame.current?.contentDocument as Document;
    doc.documentElement.style.fontSize = root;
    doc.documentElement.dataset.scheme = scheme;
    const element = holder.current as HTMLElement;
    const changed = Object.entries(options).filter(
      ([name, value]) => name === 'article' || value !== defaults[name],
    );
    if (mode === 'element') {
      // Only what changed: each attribute change re-renders the widget, and a missing article is an error.
      const wanted = new Map(changed);
      for (const name of Object.keys(options)) {
        const value = wanted.get(name);
        if (value === undefined) element.removeAttribute(name);
        else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
      }
    } else {
      const query = new URLSearchParams([...changed, ['parent-origin', location.origin]]);
      const src = `${files.frame}?${query}`;
      if (element.getAttribute('src') !== src) element.setAttribute('src', src);
    }
  });

  const pixels = width === 'desktop' ? DESKTOP_WIDTH : Number(width);
  const scale = Math.min(1, room / pixels);
  return (
    <>
      {scale < 1 && (
        <p class="note">
          Laid out at {pixels} px, shown at {Math.floor(scale * 100)} % to fit.
        </p>
      )}
      <div style={{ height: `${Math.ceil(height * scale)}px` }}>
        <iframe
          ref={frame}
          class="preview-frame"
          title={`Preview: your article page at ${pixels} px wide`}
          style={{
            width: `${pixels}px`,
            height: `${height}px`,
            transform: scale < 1 ? `scale(${scale})` : '',
          }}
        />
      </div>
    </>
  );
}

/** The link a section's card gets from the `section-href` template (as the widget fills it). */
const fillHref = (template: string, id: string) => template.replaceAll('{id}', encodeURIComponent(id));
