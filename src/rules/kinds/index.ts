// The question kinds, one module each, as the rules read them: a new kind is a file beside these and
// one line here (and one in each of the schema's, the checker's and the UI's tables).
export { choice } from './choice';
export { medications } from './medications';
export { number } from './number';
