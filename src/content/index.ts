/**
 * The routines and the safety content, checked against the schema at build time
 * (scripts/contentPlugin.ts). The technique library is its own module: see techniques.ts.
 */
import routines from 'virtual:unknot-content/routines';
import safety from 'virtual:unknot-content/safety';

export { routines, safety };
