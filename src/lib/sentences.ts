/**
 * Splits text into sentences, so that each line stays short. "5 s", "e.g." and decimals survive;
 * a sentence only ends at . ! ? followed by a space and a capital letter or a digit.
 */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+(?=[A-Z0-9"“‘'(])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
