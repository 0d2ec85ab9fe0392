import type { WHO } from '../lib/vocabulary';

type Who = (typeof WHO)[number];

interface Props {
  legend: string;
  /** The radio group's name, also what a form without script sends. */
  name: string;
  value: Who;
  onChange(who: Who): void;
}

/** "With a partner" / "On my own", as two large pills. */
export function WhoChoice({ legend, name, value, onChange }: Props) {
  return (
    <fieldset className="length-choice">
      <legend>{legend}</legend>
      <div className="choice-row">
        {(['partner', 'self'] as const).map((who) => (
          <label key={who} className="choice-pill">
            <input
              type="radio"
              name={name}
              value={who}
              checked={value === who}
              onChange={() => onChange(who)}
            />
            <span>{who === 'partner' ? 'With a partner' : 'On my own'}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
