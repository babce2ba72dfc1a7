// The script partners load (dist/embed.js): registers the element and adds no globals.
import { DEFAULT_ELEMENT_NAME, defineElement } from './define';

const script = document.currentScript as HTMLScriptElement | null;
defineElement(script?.dataset.elementName || DEFAULT_ELEMENT_NAME);
