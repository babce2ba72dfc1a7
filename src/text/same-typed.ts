/**
 * True when two things a reader typed are the same entry: case aside, as the widget's medicine boxes
 * and the rules both read them ("COUMADIN" is the "Coumadin" shortcut).
 */
export const sameTyped = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
