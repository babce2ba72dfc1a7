const PRINTING = 'data-pfw-printing';
let sheet: CSSStyleSheet | undefined;
/** Undoes the last print's setup; pending until `afterprint`, which some mobile browsers never fire. */
let cleanUp: (() => void) | undefined;

/**
 * Prints only the widget: for the length of the print, a host-document sheet hides everything but
 * the printing element (the widget's own print CSS then shows only its summary).
 */
export function printOnly(element: HTMLElement): void {
  // A print whose afterprint never came would otherwise leave its widget printing along with this one.
  cleanUp?.();
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(
      // Everything but the widget and its ancestors is taken out of the layout too, so the hidden
      // article adds no blank pages after the take-away.
      `@media print{body *{visibility:hidden!important}body :not([${PRINTING}],:has([${PRINTING}])){display:none!important}[${PRINTING}]{visibility:visible!important;position:absolute!important;inset:0 auto auto 0!important;width:100%!important}}`,
    );
  }
  const printSheet = sheet;
  element.setAttribute(PRINTING, '');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, printSheet];
  const done = () => {
    window.removeEventListener('afterprint', done);
    element.removeAttribute(PRINTING);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== printSheet);
    cleanUp = undefined;
  };
  cleanUp = done;
  window.addEventListener('afterprint', done, { once: true });
  window.print();
}
