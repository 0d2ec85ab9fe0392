/** The technique library, loaded only by the screens that show techniques. */
import techniques from 'virtual:unknot-content/techniques';

export { techniques };

export function findTechnique(id: string) {
  return techniques.find((t) => t.id === id);
}
