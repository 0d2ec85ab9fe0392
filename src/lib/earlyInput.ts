/**
 * What a person typed or picked on a prerendered page before its script arrived. Hydration puts each
 * controlled field back to what the app's state says, so main.tsx notes the changed fields first and
 * the screen takes them up once it is live.
 */
let noted = new Map<string, string>();

type Field = HTMLInputElement | HTMLSelectElement;

const changed = (field: Field) =>
  field instanceof HTMLSelectElement
    ? [...field.options].some((option) => option.selected !== option.defaultSelected)
    : field.value !== field.defaultValue;

const isField = (target: EventTarget | null): target is Field =>
  (target instanceof HTMLInputElement || target instanceof HTMLSelectElement) && target.name !== '';

let stopListening: (() => void) | null = null;

/**
 * Notes every named field under `root` whose value is no longer the one in the HTML, then keeps
 * listening until the screen takes the values up: a filter picked while hydration runs is not lost.
 */
export function noteEarlyInput(root: ParentNode & EventTarget): void {
  for (const field of root.querySelectorAll<Field>('input[name], select[name]')) {
    if (changed(field)) noted.set(field.name, field.value);
  }
  stopListening?.();
  const onChange = ({ target }: Event) => {
    if (isField(target)) noted.set(target.name, target.value);
  };
  root.addEventListener('input', onChange, true);
  root.addEventListener('change', onChange, true);
  stopListening = () => {
    root.removeEventListener('input', onChange, true);
    root.removeEventListener('change', onChange, true);
  };
}

/** The noted values by field name, once: a later visit to the screen starts from the URL as usual. */
export function takeEarlyInput(): ReadonlyMap<string, string> {
  stopListening?.();
  stopListening = null;
  const taken = noted;
  noted = new Map();
  return taken;
}
