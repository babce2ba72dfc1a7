// The question kinds, one module each: a new kind is a file beside these and one line here (and one
// in each of the rules', the checker's and the UI's tables).
export { choice } from './choice';
export { medications } from './medications';
export { number } from './number';
