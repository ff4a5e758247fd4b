export { evaluate } from './evaluate.js';
export { choicesOf, nodeAfter, nodeBefore, withAnswer, type Choice } from './walk.js';
export type * from './types.js';
