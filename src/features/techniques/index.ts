/** What other features use of technique search: the same words-and-typos search over the library. */
export { foldQuery, searchTechniques } from './search';
