import { ELEMENT_MARK, PersonalFactorsElement } from './element';

/** The tag partners write; a page that already uses it can load the script with `data-element-name`. */
export const DEFAULT_ELEMENT_NAME = 'personal-factors';

// Custom element names: lowercase, starting with a letter, with at least one hyphen.
const VALID_NAME = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;

/**
 * Registers the element under `name`. Loading the script twice is harmless; a name another script
 * already owns is reported once and left alone, so the host page keeps working.
 */
export function defineElement(name: string = DEFAULT_ELEMENT_NAME): boolean {
  if (!VALID_NAME.test(name)) {
    console.error(
      `personal-factors widget: "${name}" is not a valid element name; use lowercase letters with a hyphen, e.g. "${DEFAULT_ELEMENT_NAME}".`,
    );
    return false;
  }
  const existing = customElements.get(name);
  if (existing) {
    if (!(ELEMENT_MARK in existing)) {
      console.error(
        `personal-factors widget: <${name}> is already defined by another script on this page, so the widget cannot start there. Load embed.js with data-element-name="another-name" and use that tag instead.`,
      );
    }
    return false;
  }
  // A class can be registered once only, so each name gets its own subclass.
  customElements.define(name, class extends PersonalFactorsElement {});
  return true;
}
