import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from '../api/client';
import { ExperienceList } from '../components/ExperienceList';
import { SimilarTerritories } from '../components/SimilarTerritories';
import { useTitle } from '../components/Layout';
import { Empty, ExportLinks, Gauge, Loaded } from '../components/states';
import { TerritoryInsideDocument, TerritoryPageDocument, type TerritoryLevel, type TerritoryPageQuery } from '../gql/graphql';
import { APPLICATION_STATUS, CONVENTION_STATUS, EPCI_TYPE, formatDate, formatNumber, formatPercent, LEVEL, plural, PROGRAMME, territoryPath } from '../labels';

type Territory = NonNullable<TerritoryPageQuery['territory']>;

/** The level of the rows of a territory's engagement export: the one below it. */
const CHILD_LEVEL: Record<TerritoryLevel, TerritoryLevel | null> = { REGION: 'DEPARTEMENT', DEPARTEMENT: 'EPCI', EPCI: 'COMMUNE', COMMUNE: null };

export function TerritoryPage() {
  const id = useParams().id ?? '';
  const state = useQuery(TerritoryPageDocument, { id });
  useTitle(state.status === 'done' && state.data.territory ? state.data.territory.name : 'Territoire');
  return (
    <Loaded state={state} what="ce territoire">
      {(data) =>
        data.territory ? (
          <TerritoryView territory={data.territory} />
        ) : (
          <>
            <h1>Territoire introuvable</h1>
            <p>
              Aucun territoire ne porte l’identifiant « {id} ». <Link to="/">Revenir à la carte</Link>.
            </p>
          </>
        )
      }
    </Loaded>
  );
}

function TerritoryView({ territory }: { territory: Territory }) {
  const scope = { territory: territory.id };
  const childLevel = CHILD_LEVEL[territory.level];
  return (
    <>
      <nav aria-label="Fil d’Ariane" className="breadcrumb">
        <ol>
          <li>
            <Link to="/">France</Link>
          </li>
          {[...territory.ancestors].reverse().map((a) => (
            <li key={a.id}>
              <Link to={territoryPath(a.id)}>{a.name}</Link>
            </li>
          ))}
          <li aria-current="page">{territory.name}</li>
        </ol>
      </nav>
      <h1>
        {territory.name} <span className="subtitle">{territory.level === 'EPCI' && territory.epciType ? EPCI_TYPE[territory.epciType] : LEVEL[territory.level]}</span>
      </h1>
      <section aria-labelledby="identite-titre" className="panel identity">
        <h2 id="identite-titre">Identité</h2>
        <dl>
          <dt>Code officiel</dt>
          <dd>{territory.code}</dd>
          <dt>Population</dt>
          <dd>{plural(territory.population, 'habitant', 'habitants')}</dd>
          {territory.parent && (
            <>
              <dt>Rattaché à</dt>
              <dd>
                <Link to={territoryPath(territory.parent.id)}>{territory.parent.name}</Link> ({LEVEL[territory.parent.level].toLowerCase()})
              </dd>
            </>
          )}
          {territory.epci && (
            <>
              <dt>Intercommunalité</dt>
              <dd>
                <Link to={territoryPath(territory.epci.id)}>{territory.epci.name}</Link>
              </dd>
            </>
          )}
          {territory.chefLieu && (
            <>
              <dt>Chef-lieu</dt>
              <dd>
                <Link to={territoryPath(territory.chefLieu.id)}>{territory.chefLieu.name}</Link>
              </dd>
            </>
          )}
          {territory.retiredIn && (
            <>
              <dt>N’existe plus depuis</dt>
              <dd>{territory.retiredIn}</dd>
            </>
          )}
          <dt>Alliance</dt>
          <dd>
            {territory.memberships.length === 0
              ? 'Pas membre d’une alliance'
              : territory.memberships.map((m) => `${m.alliance.name} depuis le ${formatDate(m.since)}`).join(' ; ')}
          </dd>
        </dl>
        <Children territory={territory} />
        {childLevel && (
          <ExportLinks
            dataset="territories-engagement"
            params={{ territory: territory.id, level: childLevel }}
            label={`engagement des territoires de ce périmètre, niveau ${LEVEL[childLevel].toLowerCase()}`}
          />
        )}
      </section>

      <section aria-labelledby="conventions-titre" className="panel">
        <h2 id="conventions-titre">Conventions ({formatNumber(territory.conventions?.totalCount ?? 0)})</h2>
        <Conventions territory={territory} />
        <ExportLinks dataset="conventions" params={scope} label="conventions de ce territoire" />
      </section>

      <section aria-labelledby="experiences-titre" className="panel">
        <h2 id="experiences-titre">Expériences</h2>
        <Inside territory={territory} />
        <ExportLinks dataset="experiences" params={scope} label="expériences de ce territoire et de ceux qu’il contient" />
      </section>

      <section aria-labelledby="programmes-titre" className="panel">
        <h2 id="programmes-titre">Programmes et candidatures</h2>
        <Programmes territory={territory} />
        <ExportLinks dataset="programmes" label="programmes et promotions" />
      </section>

      <SimilarTerritories id={territory.id} name={territory.name} />
    </>
  );
}

function Children({ territory }: { territory: Territory }) {
  const children = territory.children;
  if (!children.totalCount) return null;
  return (
    <details className="children">
      <summary>
        {plural(children.totalCount, 'territoire rattaché', 'territoires rattachés')}
        {children.totalCount > children.nodes.length && ` (les ${children.nodes.length} premiers)`}
      </summary>
      <ul className="inline-list">
        {children.nodes.map((child) => (
          <li key={child.id}>
            <Link to={territoryPath(child.id)}>{child.name}</Link>
          </li>
        ))}
      </ul>
    </details>
  );
}

function Conventions({ territory }: { territory: Territory }) {
  const conventions = territory.conventions?.nodes ?? [];
  if (!conventions.length) return <Empty>Aucune convention ne concerne ce territoire.</Empty>;
  return (
    <ul className="cards">
      {conventions.map((c) => (
        <li key={c.id} className="card convention">
          <h3>{c.title}</h3>
          <p className="meta">
            <span className={`status status-${c.status.toLowerCase()}`}>{CONVENTION_STATUS[c.status]}</span>
            {c.signedOn && <span>signée le {formatDate(c.signedOn)}</span>}
            {c.startsOn && (
              <span>
                du {formatDate(c.startsOn)} au {formatDate(c.endsOn)}
              </span>
            )}
            {c.programme && <span>programme : {c.programme.name}</span>}
          </p>
          {c.summary && <p>{c.summary}</p>}
          <p>Parties : {c.parties.map((p) => (p.actor ? `${p.actor.name} (${p.role})` : p.role)).join(', ')}</p>
          <p>
            Avancement : <Gauge value={c.progress} label={`Avancement ${formatPercent(c.progress)}`} /> {formatPercent(c.progress)}
          </p>
          {c.commitments.length > 0 && (
            <div className="table-wrap">
              <table className="table">
                <caption>Engagements</caption>
                <thead>
                  <tr>
                    <th scope="col">Engagement</th>
                    <th scope="col">Jalons</th>
                    <th scope="col">Avancement</th>
                  </tr>
                </thead>
                <tbody>
                  {c.commitments.map((commitment) => (
                    <tr key={commitment.number}>
                      <th scope="row">
                        {commitment.number}. {commitment.title}
                      </th>
                      <td>
                        {commitment.progress.doneMilestoneCount} / {commitment.progress.milestoneCount}
                        {commitment.progress.lateMilestoneCount > 0 && <span className="late"> ({commitment.progress.lateMilestoneCount} en retard)</span>}
                      </td>
                      <td>
                        <Gauge value={commitment.progress.overall} label={`Avancement ${formatPercent(commitment.progress.overall)}`} /> {formatPercent(commitment.progress.overall)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

const INSIDE_PAGE = 10;

/** Experiences of the territory and of every territory inside it, page after page. */
function Inside({ territory }: { territory: Territory }) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <>
      <p className="hint">
        Les expériences publiées pour {territory.name}
        {territory.level !== 'COMMUNE' && ' et pour les territoires qu’il contient'}, des plus récentes aux plus anciennes.
      </p>
      {cursors.map((cursor, i) => (
        <InsidePage key={cursor ?? ''} territory={territory} after={cursor} onMore={i === cursors.length - 1 ? (next) => setCursors((list) => [...list, next]) : null} />
      ))}
    </>
  );
}

function InsidePage({ territory, after, onMore }: { territory: Territory; after: string | null; onMore: ((cursor: string) => void) | null }) {
  const state = useQuery(TerritoryInsideDocument, { id: territory.id, first: INSIDE_PAGE, after });
  return (
    <Loaded state={state} what="les expériences du territoire">
      {(data) => {
        const page = data.experiences;
        if (!page?.nodes.length) return after === null ? <Empty>Aucune expérience publiée dans ce territoire.</Empty> : null;
        const next = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        return (
          <>
            {after === null && <p>{plural(page.totalCount, 'expérience publiée', 'expériences publiées')}</p>}
            <ExperienceList experiences={page.nodes} headingLevel={3} highlightTerritory={territory.id} />
            {onMore && next && (
              <button type="button" onClick={() => onMore(next)}>
                Voir plus d’expériences
              </button>
            )}
          </>
        );
      }}
    </Loaded>
  );
}

function Programmes({ territory }: { territory: Territory }) {
  const applications = territory.applications?.nodes ?? [];
  const fromConventions = (territory.conventions?.nodes ?? []).flatMap((c) => (c.programme ? [c.programme] : []));
  const fromApplications = applications.map((a) => a.programme);
  const programmes = new Map([...fromConventions, ...fromApplications].map((p) => [p.kind, p.name]));
  return (
    <>
      {programmes.size ? (
        <ul className="inline-list">
          {[...programmes].map(([kind, name]) => (
            <li key={kind} className="tag">
              {name || PROGRAMME[kind]}
            </li>
          ))}
        </ul>
      ) : (
        <Empty>Ce territoire ne participe à aucun programme visible publiquement.</Empty>
      )}
      <h3>Candidatures</h3>
      {applications.length ? (
        <ul>
          {applications.map((a) => (
            <li key={a.id}>
              {a.programme.name}
              {a.cohort && ` — ${a.cohort.name}`} : {APPLICATION_STATUS[a.status]} (déposée le {formatDate(a.submittedAt)})
            </li>
          ))}
        </ul>
      ) : (
        <Empty>
          Aucune candidature visible. Les candidatures ne sont montrées qu’à l’équipe de la Fabrique et aux membres du territoire concerné.
        </Empty>
      )}
      {(territory.enrolments?.totalCount ?? 0) > 0 && <p>{plural(territory.enrolments!.totalCount, 'inscription', 'inscriptions')} à une promotion.</p>}
    </>
  );
}
