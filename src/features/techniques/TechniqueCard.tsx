import { Link } from 'react-router';
import { findTechnique } from '../../content/techniques';
import { pressureLabel } from '../../lib/labels';
import { paths } from '../../lib/paths';
import { Marked } from './Marked';
import type { TechniqueHit } from './search';

/** One search result: a card that opens the technique's page. */
export function TechniqueCard({ hit }: { hit: TechniqueHit }) {
  const { technique } = hit;
  const parent = technique.variantOf ? findTechnique(technique.variantOf) : undefined;
  return (
    <Link className="card technique-card" to={paths.technique(technique.id)}>
      <h3 className="card-title">
        <Marked value={hit.name} />
      </h3>
      {hit.aliases.length > 0 && (
        <p className="technique-aliases">
          Also called{' '}
          {hit.aliases.map((alias, i) => (
            <span key={alias.text}>
              {i > 0 && ', '}
              <Marked value={alias} />
            </span>
          ))}
        </p>
      )}
      <p className="card-summary">
        <Marked value={hit.summary} />
      </p>
      <p className="card-meta technique-meta">
        <span className="pressure-range">
          {technique.pressure.map((p) => (
            <span key={p} className={`pressure-tag pressure-${p}`}>
              {pressureLabel[p]}
            </span>
          ))}
        </span>
        {parent && <span>A kind of {parent.name.toLowerCase()}</span>}
        {technique.professionalsOnly && <span className="badge badge-pro">Professionals only</span>}
      </p>
    </Link>
  );
}
