/**
 * Own routines (built, copied, planned or saved from a link) have ids the library never uses: `my-` and
 * some letters. Kept apart from their schema so a page can tell them apart without loading it.
 */
export const OWN_ID_PREFIX = 'my-';
export const isOwnRoutineId = (id: string) => id.startsWith(OWN_ID_PREFIX);
