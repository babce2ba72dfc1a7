import { createContext } from 'preact';
import { useContext, useId } from 'preact/hooks';

// Preact's useId is unique within one render root only: two widgets mounted with separate
// render() calls both produce "P0-0", so every id also carries a per-widget prefix.
let widgets = 0;
export const IdPrefix = createContext('');
export const newIdPrefix = () => `pfw${++widgets}-`;

/** An id unique on the page, even with several widgets on it. */
export const useUid = () => useContext(IdPrefix) + useId();
