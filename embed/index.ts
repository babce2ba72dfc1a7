// The script partners load (dist/embed.js): registers the element and adds no globals.
import { pageHadZodGlobal, ZOD_GLOBAL } from './before-zod';
import { DEFAULT_ELEMENT_NAME, defineElement } from './define';

const script = document.currentScript as HTMLScriptElement | null;
defineElement(script?.dataset.elementName || DEFAULT_ELEMENT_NAME);

// Our zod read its settings object when it loaded; the page's window does not need to keep it. (A page
// with its own zod v4 keeps its global, which ours then shares.)
if (!pageHadZodGlobal) delete (globalThis as Record<string, unknown>)[ZOD_GLOBAL];
