// "Territories like mine" (Territory.similar): territories of the same level close on official data, why,
// and what they published.
import { Link } from 'react-router-dom';
import { useQuery } from '../api/client';
import { TerritorySimilarDocument } from '../gql/graphql';
import { experiencePath, formatPercent, plural, territoryPath } from '../labels';
import { Empty, Loaded } from './states';

export function SimilarTerritories({ id, name }: { id: string; name: string }) {
  const state = useQuery(TerritorySimilarDocument, { id, first: 6 });
  return (
    <section aria-labelledby="similaires-titre" className="panel">
      <h2 id="similaires-titre">Territoires comparables</h2>
      <p className="hint">Des territoires du même niveau proches de {name} selon les données officielles (population, nature, région), et ce qu’ils ont publié.</p>
      <Loaded state={state} what="les territoires comparables">
        {(data) => {
          const similar = data.territory?.similar ?? [];
          if (!similar.length) return <Empty>Aucun territoire comparable trouvé.</Empty>;
          return (
            <ul className="cards similar">
              {similar.map(({ territory, score, reasons }) => (
                <li key={territory.id} className="card">
                  <h3>
                    <Link to={territoryPath(territory.id)}>{territory.name}</Link> <small>({territory.code})</small>
                  </h3>
                  <p className="meta">
                    <span>Proximité : {formatPercent(score)}</span>
                    <span>{plural(territory.population, 'habitant', 'habitants')}</span>
                  </p>
                  <ul className="reasons">
                    {reasons.map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                  {territory.experiences?.totalCount ? (
                    <>
                      <p>{plural(territory.experiences.totalCount, 'expérience publiée', 'expériences publiées')} :</p>
                      <ul>
                        {territory.experiences.nodes.map((e) => (
                          <li key={e.id}>
                            <Link to={experiencePath(e.id)}>{e.title}</Link>
                          </li>
                        ))}
                      </ul>
                    </>
                  ) : (
                    <p className="hint">Pas encore d’expérience publiée.</p>
                  )}
                </li>
              ))}
            </ul>
          );
        }}
      </Loaded>
    </section>
  );
}
