import { splitMarked, type MarkedText } from './search';

/** Text with the words the search matched wrapped in `<mark>`. */
export function Marked({ value }: { value: MarkedText }) {
  if (value.spans.length === 0) return value.text;
  return splitMarked(value).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : part.text));
}
