// The question kinds, one module each, as the UI asks and shows them: a new kind is a file beside these
// and one line here (and one in each of the schema's, the rules' and the checker's tables).
export { choice } from './choice';
export { medications } from './medications';
export { number } from './number';
