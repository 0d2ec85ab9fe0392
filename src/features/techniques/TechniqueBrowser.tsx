import { useEffect, useId, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { takeEarlyInput } from '../../lib/earlyInput';
import { Icon } from '../../components/Icon';
import { FilterBar } from './FilterBar';
import {
  FILTER_KEYS,
  PARAM,
  readFilters,
  readQuery,
  withoutFilters,
  withParam,
  type FilterKey,
} from './filterParams';
import { hasFilters, searchTechniques, type TechniqueHit } from './search';
import { TechniqueCard } from './TechniqueCard';
import { useSearchParamsWriter, writtenHere } from './useSearchParamsWriter';
import './techniques.css';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The technique library: search as you type, filters, and results best match first. The query and
 * filters live in the URL; typing replaces the current history entry instead of adding one per key.
 */
export function TechniqueBrowser() {
  const [params, changeParams] = useSearchParamsWriter();
  const location = useLocation();
  const searchId = useId();
  const filters = readFilters(params);

  // The box holds what is typed; the URL follows it. When the URL changes for another reason (a link,
  // back and forward), the box follows the URL instead.
  const urlQuery = readQuery(params);
  const [draft, setDraft] = useState(urlQuery);
  const [seenKey, setSeenKey] = useState(location.key);
  if (location.key !== seenKey) {
    setSeenKey(location.key);
    if (!writtenHere(location.state) && urlQuery !== draft) setDraft(urlQuery);
  }

  const hits = searchTechniques(draft, filters);
  const techniques = hits.filter((h) => h.technique.kind === 'technique');
  const styles = hits.filter((h) => h.technique.kind === 'style');

  const type = (value: string) => {
    setDraft(value);
    changeParams((current) => withParam(current, 'query', value));
  };
  const setFilter = (key: FilterKey, value: string | undefined) =>
    changeParams((current) => withParam(current, key, value));
  const clear = (alsoQuery: boolean) => {
    if (alsoQuery) setDraft('');
    changeParams((current) => withoutFilters(current, { alsoQuery }), { resetScroll: true });
  };

  // The list page is prerendered: what was typed or picked before the script arrived is taken up on
  // hydration. The box is read as it is now, since typing goes on while the script starts.
  const input = useRef<HTMLInputElement>(null);
  const takeUpEarly = useRef(() => {
    const early = takeEarlyInput();
    const typed = input.current?.value ?? '';
    if (typed !== draft) type(typed);
    const picked = FILTER_KEYS.filter((key) => early.has(PARAM[key]));
    if (picked.length > 0) {
      changeParams((current) =>
        picked.reduce((next, key) => withParam(next, key, early.get(PARAM[key])), current),
      );
    }
  });
  useEffect(() => takeUpEarly.current(), []);

  const filtered = hasFilters(filters);
  const query = draft.trim();

  // Best match first: when a style is the best match ("Swedish"), its section comes before the techniques
  // that merely mention it.
  const stylesFirst = query !== '' && hits[0]?.technique.kind === 'style';
  const techniqueSection = (
    <ResultSection key="techniques" id="techniques-heading" title="Techniques" hits={techniques} />
  );
  const styleSection = (
    <ResultSection
      key="styles"
      id="styles-heading"
      title="Massage styles"
      intro="Ways of putting techniques together. They are explained here, not offered as steps."
      hits={styles}
    />
  );
  const sections = stylesFirst ? [styleSection, techniqueSection] : [techniqueSection, styleSection];

  return (
    <div className="page technique-browser">
      <header>
        <h1>Techniques</h1>
        <p className="lede">
          Look up a stroke by name — effleurage, kneading, tapping — to see what it is, how to do it and how
          hard to press.
        </p>
      </header>

      <form role="search" className="technique-search" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={searchId} className="search-label">
          Search techniques
        </label>
        <div className="search-field">
          <Icon name="search" />
          <input
            id={searchId}
            type="search"
            name={PARAM.query}
            value={draft}
            ref={input}
            onChange={(e) => type(e.target.value)}
            placeholder="Kneading, tapping, thumb…"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            enterKeyHint="search"
          />
        </div>
        <FilterBar filters={filters} onChange={setFilter} />
        {filtered && hits.length > 0 && (
          <button type="button" className="button small ghost clear-filters" onClick={() => clear(false)}>
            Clear filters
          </button>
        )}
      </form>

      <p role="status" className="result-count">
        {hits.length === 0
          ? 'No matches'
          : [
              techniques.length > 0 && count(techniques.length, 'technique', 'techniques'),
              styles.length > 0 && count(styles.length, 'massage style', 'massage styles'),
            ]
              .filter(Boolean)
              .join(' and ')}
        {query && hits.length > 0 && ', best match first'}
      </p>

      {hits.length === 0 ? (
        <div className="no-results card">
          <h2>Nothing matches{query ? ` “${query}”` : ''}</h2>
          <p>
            {filtered
              ? 'The filters may be narrowing it down too far.'
              : 'Check the spelling, or try another word, like “kneading”, “gliding” or “tapping”.'}
          </p>
          <div className="button-row">
            {filtered && (
              <button type="button" className="button primary" onClick={() => clear(false)}>
                Clear filters
              </button>
            )}
            {query && (
              <button type="button" className="button" onClick={() => clear(true)}>
                Clear search{filtered ? ' and filters' : ''}
              </button>
            )}
          </div>
        </div>
      ) : (
        sections
      )}
    </div>
  );
}

function ResultSection({
  id,
  title,
  intro,
  hits,
}: {
  id: string;
  title: string;
  intro?: string;
  hits: TechniqueHit[];
}) {
  if (hits.length === 0) return null;
  return (
    <section aria-labelledby={id} className="technique-section">
      <h2 id={id} className="section-title">
        {title}
      </h2>
      {intro && <p className="hint">{intro}</p>}
      <ul className="card-list" aria-labelledby={id}>
        {hits.map((hit) => (
          <li key={hit.technique.id}>
            <TechniqueCard hit={hit} />
          </li>
        ))}
      </ul>
    </section>
  );
}
