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

/** Notes every named field under `root` whose value is no longer the one in the HTML. */
export function noteEarlyInput(root: ParentNode): void {
  for (const field of root.querySelectorAll<Field>('input[name], select[name]')) {
    if (changed(field)) noted.set(field.name, field.value);
  }
}

/** The noted values by field name, once: a later visit to the screen starts from the URL as usual. */
export function takeEarlyInput(): ReadonlyMap<string, string> {
  const taken = noted;
  noted = new Map();
  return taken;
}
