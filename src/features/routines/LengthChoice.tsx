import { LENGTH_MINUTES, LENGTH_PARAM, type LengthMinutes } from '../../lib/length';

interface Props {
  /** The start form the choice belongs to, so it is sent with "Start session" even without script. */
  form: string;
  value: LengthMinutes | null;
  onChange(value: LengthMinutes | null): void;
}

const options: { value: LengthMinutes | null; label: string }[] = [
  { value: null, label: 'As written' },
  ...LENGTH_MINUTES.map((m) => ({ value: m, label: `${m} min` })),
];

/** "Length": the routine as written, or fitted to 5, 10, 15 or 20 minutes. */
export function LengthChoice({ form, value, onChange }: Props) {
  return (
    <fieldset className="length-choice">
      <legend>Length</legend>
      <div className="choice-row">
        {options.map((option) => (
          <label key={option.label} className="choice-pill">
            <input
              type="radio"
              form={form}
              name={LENGTH_PARAM}
              value={option.value ?? ''}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
