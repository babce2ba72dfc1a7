// The height a page reserves for step 1, so the article below does not move when the widget appears.
// The widget reserves the same for itself (embed/host.css) until the reader moves on: both count in the
// widget's own font size (`--pfw-font-size`), never the page's root, which a page may set to anything.

/** The widget's text size when the page sets no `--pfw-font-size`. */
export const WIDGET_FONT_PX = 16;

/** Step 1's reserve in the widget's font size, by window width: the first for every width, each later one below its `maxWidth`. */
export const RESERVE: readonly { em: number; maxWidth?: number }[] = [
  { em: 48 },
  { em: 59, maxWidth: 699 },
  { em: 62, maxWidth: 374 },
];

/** The iframe's `height` attribute, the reserve at every width: at least the widest window's, in px, as the frame's text size is fixed. */
export const IFRAME_HEIGHT = 800;

const rule = (selector: string, declaration: string, indent = '') =>
  `${indent}${selector} {\n${indent}  ${declaration}\n${indent}}`;

const inMedia = (maxWidth: number, body: string) => `@media (max-width: ${maxWidth}px) {\n${body}\n}`;

/** The page's CSS for the element (under `tag`): a block box, and step 1's height until the script defines it. */
export function elementReserveCss(tag = 'personal-factors'): string {
  const pending = `${tag}:not(:defined)`;
  const height = (em: number) =>
    `min-height: calc(${em} * var(--pfw-font-size, ${WIDGET_FONT_PX}px)); /* ${em * WIDGET_FONT_PX}px */`;
  return [
    rule(tag, 'display: block;'),
    ...RESERVE.map(({ em, maxWidth }) =>
      maxWidth === undefined ? rule(pending, height(em)) : inMedia(maxWidth, rule(pending, height(em), '  ')),
    ),
  ].join('\n');
}

/** The page's CSS for iframe mode: on phones an iframe needs more than its `height` attribute. */
export function iframeReserveCss(): string {
  const height = (em: number) => `height: ${em * WIDGET_FONT_PX}px;`;
  return RESERVE.filter((reserve) => reserve.maxWidth !== undefined)
    .map(({ em, maxWidth }) =>
      inMedia(maxWidth as number, rule('iframe[data-personal-factors]', height(em), '  ')),
    )
    .join('\n');
}
