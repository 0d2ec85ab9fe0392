/// <reference types="vite/client" />

// The checked content, split by part (scripts/contentPlugin.ts).
declare module 'virtual:unknot-content/routines' {
  const routines: import('./content/library').Library['routines'];
  export default routines;
}
declare module 'virtual:unknot-content/techniques' {
  const techniques: import('./content/library').Library['techniques'];
  export default techniques;
}
declare module 'virtual:unknot-content/safety' {
  const safety: import('./content/library').Library['safety'];
  export default safety;
}
declare module 'virtual:unknot-content/routine-loaders' {
  const loaders: Record<string, () => Promise<{ default: import('./content/schema').Routine }>>;
  export default loaders;
}
declare module 'virtual:unknot-content/technique-loaders' {
  const loaders: Record<string, () => Promise<{ default: import('./content/schema').Technique }>>;
  export default loaders;
}
declare module 'virtual:unknot-content/technique-names' {
  const names: Record<string, import('./content/techniqueNames').TechniqueName>;
  export default names;
}
declare module 'virtual:unknot-content/used-in' {
  const usedIn: Record<string, import('./content/techniqueById').RoutineLink[]>;
  export default usedIn;
}
declare module 'virtual:unknot-content/cards' {
  const cards: import('./content/cardOf').RoutineCard[];
  export default cards;
}
