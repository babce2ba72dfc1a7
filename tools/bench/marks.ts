/** Marked by the first statement of embed.js as the bench serves it: when the script starts running (after its compile). */
export const SCRIPT_START_MARK = 'pfw-bench:script-start';
