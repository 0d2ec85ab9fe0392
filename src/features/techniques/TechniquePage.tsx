import { Link } from 'react-router';
import { BodyMap } from '../../components/BodyMap';
import { areaLabel, contactLabel, pressureLabel, whoLabel } from '../../lib/labels';
import { paths } from '../../lib/paths';
import { formatClock, toMs } from '../../lib/units';
import { canBeTried, tryItDuration, type TechniquePageData } from './related';
import { TryIt } from './TryIt';
import './techniques.css';

/** ["Thumbs", "Fingertips"] → "Thumbs, fingertips": one phrase, capitalised once. */
const listOf = (labels: string[]) => labels.map((l, i) => (i === 0 ? l : l.toLowerCase())).join(', ');

/** 60–300 s → "1–5 min"; 30–180 s → "0:30–3:00". */
function timeRange(min: number, max: number) {
  if (min % 60 === 0 && max % 60 === 0)
    return min === max ? `${min / 60} min` : `${min / 60}–${max / 60} min`;
  return min === max ? formatClock(toMs(min)) : `${formatClock(toMs(min))}–${formatClock(toMs(max))}`;
}

/** A technique or style explained: what it is, how to do it, how hard, where, and where it is used. */
export function TechniquePage({ data }: { data: TechniquePageData }) {
  const { technique: t, parent, variants, routines } = data;
  const isStyle = t.kind === 'style';
  const tryable = canBeTried(t);
  const duration = t.duration;

  return (
    <article className="page technique-page">
      <p className="back-link">
        <Link to={paths.techniques}>← All techniques</Link>
      </p>
      <header className="technique-header">
        <p className="eyebrow">
          {isStyle ? 'Massage style' : parent ? `A kind of ${parent.name.toLowerCase()}` : 'Technique'}
        </p>
        <h1>{t.name}</h1>
        {t.aliases.length > 0 && <p className="technique-aliases">Also called {t.aliases.join(', ')}</p>}
        <p className="lede">{t.summary}</p>
      </header>

      {(t.professionalsOnly || isStyle) && (
        <aside className={`technique-note${t.professionalsOnly ? ' is-pro' : ''}`} aria-label="Who does this">
          {t.professionalsOnly ? (
            <>
              <p className="badge badge-pro">Professionals only</p>
              <p>
                Leave this to a trained massage therapist. Unknot explains it so you know what to ask for, and
                never offers it as a step in a routine.
              </p>
            </>
          ) : (
            <p>
              A style is a way of putting techniques together. Unknot explains it here, and never offers it as
              a step; the routines use the techniques it is made of.
            </p>
          )}
        </aside>
      )}

      <div className={`technique-overview${t.bodyAreas.length > 0 ? ' has-picture' : ''}`}>
        {t.bodyAreas.length > 0 && (
          <figure className="technique-picture">
            <BodyMap areas={t.bodyAreas} stroke={t.stroke} size="large" title={t.name} />
            <figcaption>
              <span className="visually-hidden">Works on: </span>
              <ul className="area-chips" aria-label="Body areas">
                {t.bodyAreas.map((a) => (
                  <li key={a}>{areaLabel[a]}</li>
                ))}
              </ul>
            </figcaption>
          </figure>
        )}

        <dl className="facts technique-facts">
          <div>
            <dt>Pressure</dt>
            <dd>
              {t.pressure.map((p, i) => (
                <span key={p}>
                  {i > 0 && ' to '}
                  <span className={`pressure-tag pressure-${p}`}>{pressureLabel[p]}</span>
                </span>
              ))}
            </dd>
          </div>
          {t.contact.length > 0 && (
            <div>
              <dt>Hand or tool</dt>
              <dd>{listOf(t.contact.map((c) => contactLabel[c]))}</dd>
            </div>
          )}
          <div>
            <dt>For</dt>
            <dd>{t.who.map((w) => whoLabel[w]).join(' or ')}</dd>
          </div>
          {duration && (
            <div>
              <dt>Usual time</dt>
              <dd>{timeRange(duration.min, duration.max)}</dd>
            </div>
          )}
        </dl>
      </div>

      {t.howTo.length > 0 && (
        <section aria-labelledby="how-heading">
          <h2 id="how-heading">{isStyle || t.professionalsOnly ? 'What to expect' : 'How to do it'}</h2>
          <ol className="how-to">
            {t.howTo.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </section>
      )}

      {(t.dos.length > 0 || t.donts.length > 0) && (
        <section aria-labelledby="dos-heading" className="dos-donts">
          <h2 id="dos-heading" className="visually-hidden">
            Do’s and don’ts
          </h2>
          {t.dos.length > 0 && (
            <div className="dos">
              <h3>Do</h3>
              <ul className="bullets">
                {t.dos.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            </div>
          )}
          {t.donts.length > 0 && (
            <div className="donts">
              <h3>Don’t</h3>
              <ul className="bullets">
                {t.donts.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            </div>
          )}
        </section>
      )}

      {tryable && (
        <section aria-labelledby="try-heading" className="try-section">
          <h2 id="try-heading">Try it</h2>
          <p className="hint">Practise one round. The timer keeps going while you use your hands.</p>
          <TryIt duration={tryItDuration(t)} />
        </section>
      )}

      {(parent || variants.length > 0) && (
        <section aria-labelledby="family-heading">
          <h2 id="family-heading">{parent ? 'Related' : 'Kinds of ' + t.name.toLowerCase()}</h2>
          {parent && (
            <p>
              A kind of <Link to={paths.technique(parent.id)}>{parent.name}</Link>.
            </p>
          )}
          {variants.length > 0 && (
            <ul className="link-list">
              {variants.map((v) => (
                <li key={v.id}>
                  <Link to={paths.technique(v.id)}>{v.name}</Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {tryable && (
        <section aria-labelledby="used-heading">
          <h2 id="used-heading">Used in</h2>
          {routines.length > 0 ? (
            <ul className="link-list">
              {routines.map((r) => (
                <li key={r.id}>
                  <Link to={paths.routine(r.id)}>{r.title}</Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="hint">No ready routine uses it yet.</p>
          )}
        </section>
      )}
    </article>
  );
}
