import { BodyMap } from '../../components/BodyMap';
import { BACK_REGIONS } from '../../lib/regions';

/** Where each region lies on the body picture, as a share of its height (see BodyMap/geometry.ts). */
const BANDS: Record<string, { top: number; bottom: number }> = {
  'neck-shoulders': { top: 42, bottom: 88 },
  'upper-back': { top: 88, bottom: 140 },
  'mid-back': { top: 140, bottom: 200 },
  'lower-back': { top: 200, bottom: 244 },
  'hips-glutes': { top: 244, bottom: 300 },
};
const HEIGHT = 360;

interface Props {
  chosen: ReadonlySet<string>;
  onToggle(region: string): void;
}

/**
 * "Where does it hurt?": a tap on the body picture or its checkbox chooses a part of the back. The
 * checkboxes are the controls keyboards and screen readers use; the picture is a larger target for a
 * finger, doing the same.
 */
export function AreaPicker({ chosen, onToggle }: Props) {
  const areas = BACK_REGIONS.filter((r) => chosen.has(r.id)).flatMap((r) => [...r.areas]);
  return (
    <fieldset className="area-picker">
      <legend>Where?</legend>
      <div className="area-picker-body">
        <div className="area-picker-figure">
          <BodyMap areas={areas} stroke="still" size="medium" legend={false} title="Chosen areas" />
          {BACK_REGIONS.map((region) => {
            const band = BANDS[region.id]!;
            return (
              <span
                key={region.id}
                aria-hidden="true"
                className={`area-band${chosen.has(region.id) ? ' is-on' : ''}`}
                style={{
                  top: `${(band.top / HEIGHT) * 100}%`,
                  height: `${((band.bottom - band.top) / HEIGHT) * 100}%`,
                }}
                onClick={() => onToggle(region.id)}
              />
            );
          })}
        </div>
        <div className="area-picker-choices">
          {BACK_REGIONS.map((region) => (
            <label key={region.id} className="check-row">
              <input
                type="checkbox"
                name="areas"
                value={region.id}
                checked={chosen.has(region.id)}
                onChange={() => onToggle(region.id)}
              />
              <span>{region.label}</span>
            </label>
          ))}
        </div>
      </div>
    </fieldset>
  );
}
