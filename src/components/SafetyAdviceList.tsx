import type { SafetyItem } from '../content/schema';

/** Safety items as a list: the short label in bold, then what to do about it. */
export function SafetyAdviceList({
  items,
  className,
}: {
  items: readonly Pick<SafetyItem, 'id' | 'label' | 'advice'>[];
  className?: string;
}) {
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={item.id}>
          <strong>{item.label}.</strong> {item.advice}
        </li>
      ))}
    </ul>
  );
}
