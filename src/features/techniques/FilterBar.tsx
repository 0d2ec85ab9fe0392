import { useId, useState } from 'react';
import { techniques } from '../../content/techniques';
import { BODY_AREAS, CONTACTS, PRESSURES, WHO } from '../../lib/vocabulary';
import { areaLabel, contactLabel, pressureLabel, whoLabel } from '../../lib/labels';
import { PARAM, type FilterKey } from './filterParams';
import type { TechniqueFilters } from './search';

interface Option {
  value: string;
  label: string;
}

interface FilterSpec {
  key: FilterKey;
  label: string;
  any: string;
  options: Option[];
}

/** Only values some technique actually has, in the schema's order. */
function present<T extends string>(
  all: readonly T[],
  has: (value: T) => boolean,
  label: Record<T, string>,
): Option[] {
  return all.filter(has).map((value) => ({ value, label: label[value] }));
}

const FILTERS: FilterSpec[] = [
  {
    key: 'area',
    label: 'Body area',
    any: 'Any area',
    options: present(BODY_AREAS, (a) => techniques.some((t) => t.bodyAreas.includes(a)), areaLabel),
  },
  {
    key: 'contact',
    label: 'Hand or tool',
    any: 'Any hand or tool',
    options: present(CONTACTS, (c) => techniques.some((t) => t.contact.includes(c)), contactLabel),
  },
  {
    key: 'pressure',
    label: 'Pressure',
    any: 'Any pressure',
    options: present(PRESSURES, (p) => techniques.some((t) => t.pressure.includes(p)), pressureLabel),
  },
  {
    key: 'who',
    label: 'Partner or self',
    any: 'Either',
    options: present(WHO, (w) => techniques.some((t) => t.who.includes(w)), whoLabel),
  },
  {
    key: 'professionals',
    label: 'Left to professionals',
    any: 'Include them',
    options: [
      { value: 'hide', label: 'Leave them out' },
      { value: 'only', label: 'Only those' },
    ],
  },
];

interface Props {
  filters: TechniqueFilters;
  onChange(key: FilterKey, value: string | undefined): void;
}

/**
 * The browser's filters: labelled selects, each starting at "any", in a panel that starts open only
 * when a filter is already set (a shared link), so on a phone the results come first.
 */
export function FilterBar({ filters, onChange }: Props) {
  const id = useId();
  const active = FILTERS.filter((spec) => filters[spec.key] !== undefined).length;
  const [open, setOpen] = useState(active > 0);
  return (
    <details className="filter-panel" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Filters
        {active > 0 && <span className="filter-count"> · {active} on</span>}
      </summary>
      <fieldset className="technique-filters">
        <legend className="visually-hidden">Filter techniques</legend>
        {FILTERS.map((spec) => {
          const selectId = `${id}-${spec.key}`;
          const value = filters[spec.key] ?? '';
          return (
            <div key={spec.key} className={`filter-field${value ? ' is-set' : ''}`}>
              <label htmlFor={selectId}>{spec.label}</label>
              <select
                id={selectId}
                name={PARAM[spec.key]}
                value={value}
                onChange={(e) => onChange(spec.key, e.target.value || undefined)}
              >
                <option value="">{spec.any}</option>
                {spec.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </fieldset>
    </details>
  );
}
