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
declare module 'virtual:unknot-content/cards' {
  const cards: import('./content/cardOf').RoutineCard[];
  export default cards;
}
