import { useState } from 'preact/hooks';

// A page-wide counter, not Preact's useId: that is unique within one render root only, so two widgets
// mounted with separate render() calls would both produce "P0-0".
let uids = 0;
const nextUid = () => `pfw${++uids}-`;

/** An id unique on the page, even with several widgets on it, kept for the component's life. */
export const useUid = () => useState(nextUid)[0];
