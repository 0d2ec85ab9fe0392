/// <reference types="vite/client" />

declare module 'virtual:unknot-content' {
  const library: import('./content/library').Library;
  export default library;
}
