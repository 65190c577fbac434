import { Link, useSearchParams } from 'react-router-dom';
import { useQuery, type QueryState } from '../api/client';
import { BarChart } from '../components/charts';
import { FranceMap } from '../components/FranceMap';
import { useTitle } from '../components/Layout';
import { Empty, ExportLinks, Gauge, Loaded } from '../components/states';
import {
  HomeAlliancesDocument,
  HomeConventionsDocument,
  HomeKnowledgeDocument,
  HomeProgrammesDocument,
  type HomeAlliancesQuery,
  type HomeConventionsQuery,
  type ConventionStatus,
  type HomeKnowledgeQuery,
} from '../gql/graphql';
import { CONVENTION_STATUS, formatDate, formatMonth, formatNumber, formatPercent, PROGRAMME } from '../labels';
import { countByDepartement, departementOfActor } from '../places';

const MODES = {
  membres: { label: 'Membres de l’alliance', unit: ['membre', 'membres'] as [string, string], exportDataset: 'territories-engagement' },
  conventions: { label: 'Conventions', unit: ['convention', 'conventions'] as [string, string], exportDataset: 'conventions' },
  experiences: { label: 'Expériences publiées', unit: ['expérience publiée', 'expériences publiées'] as [string, string], exportDataset: 'experiences' },
} as const;
type Mode = keyof typeof MODES;

function isMode(value: string | null): value is Mode {
  return value !== null && value in MODES;
}

function isConventionStatus(value: string | null): value is ConventionStatus {
  return value !== null && value in CONVENTION_STATUS;
}

function mapCounts(
  mode: Mode,
  status: ConventionStatus | null,
  members: QueryState<HomeAlliancesQuery>,
  conventions: QueryState<HomeConventionsQuery>,
  knowledge: QueryState<HomeKnowledgeQuery>,
): Map<string, number> | QueryState<unknown> {
  if (mode === 'membres') {
    if (members.status !== 'done') return members;
    const all = (members.data.alliances?.nodes ?? []).flatMap((a) => a.members.nodes);
    return countByDepartement(all, (m) => [departementOfActor(m.actor)]);
  }
  if (mode === 'conventions') {
    if (conventions.status !== 'done') return conventions;
    const listed = (conventions.data.conventions?.nodes ?? []).filter((c) => !status || c.status === status);
    return countByDepartement(listed, (c) => c.parties.map((p) => departementOfActor(p.actor)));
  }
  if (knowledge.status !== 'done') return knowledge;
  const rows = knowledge.data.knowledgeStatistics?.experiencesByTerritory ?? [];
  return new Map(rows.flatMap((row) => (row.territory ? [[row.territory.code, row.count] as const] : [])));
}

export function Home() {
  useTitle('Accueil');
  const [params, setParams] = useSearchParams();
  const requested = params.get('carte');
  const mode: Mode = isMode(requested) ? requested : 'membres';
  const knowledge = useQuery(HomeKnowledgeDocument, {});
  const conventions = useQuery(HomeConventionsDocument, {});
  const alliances = useQuery(HomeAlliancesDocument, {});
  const programmes = useQuery(HomeProgrammesDocument, {});
  const requestedStatus = params.get('statut');
  const status = mode === 'conventions' && isConventionStatus(requestedStatus) ? requestedStatus : null;
  const counts = mapCounts(mode, status, alliances, conventions, knowledge);
  const setParam = (key: string, value: string | null) =>
    setParams(
      (p) => {
        if (value) p.set(key, value);
        else p.delete(key);
        return p;
      },
      { replace: true },
    );

  return (
    <>
      <h1>L’engagement des territoires dans les transitions</h1>
      <p className="lead">
        Où la Fabrique des transitions est présente, ce que les territoires ont signé et ce qu’ils ont appris : les données publiques de la
        plateforme, à jour à chaque visite.
      </p>

      <KeyFigures knowledge={knowledge} conventions={conventions} alliances={alliances} />

      <section aria-labelledby="carte-titre" className="panel">
        <h2 id="carte-titre">Carte des départements</h2>
        <div className="switch" role="group" aria-label="Colorer la carte selon">
          {(Object.keys(MODES) as Mode[]).map((key) => (
            <button
              key={key}
              type="button"
              aria-pressed={mode === key}
              onClick={() => setParam('carte', key)}
            >
              {MODES[key].label}
            </button>
          ))}
        </div>
        {mode === 'conventions' && (
          <div className="field inline">
            <label htmlFor="carte-statut">Statut des conventions</label>
            <select id="carte-statut" value={status ?? ''} onChange={(e) => setParam('statut', e.target.value || null)}>
              <option value="">Tous les statuts</option>
              {(Object.keys(CONVENTION_STATUS) as ConventionStatus[]).map((s) => (
                <option key={s} value={s}>
                  {CONVENTION_STATUS[s]}
                </option>
              ))}
            </select>
          </div>
        )}
        {counts instanceof Map ? (
          <>
            <FranceMap counts={counts} unit={MODES[mode].unit} />
            <p className="hint">Cliquez sur un département (ou choisissez-le au clavier puis Entrée) pour ouvrir sa page.</p>
          </>
        ) : (
          <Loaded state={counts} what="la carte">
            {() => null}
          </Loaded>
        )}
        <ExportLinks dataset={MODES[mode].exportDataset} params={{ statuses: status ?? undefined }} label={MODES[mode].label.toLowerCase()} />
      </section>

      <div className="columns">
        <section aria-labelledby="statuts-titre" className="panel">
          <h2 id="statuts-titre">Conventions par statut</h2>
          <Loaded state={conventions} what="les conventions">
            {(data) => {
              const rows = data.conventionStatistics?.conventionsByStatus ?? [];
              if (!rows.length) return <Empty>Aucune convention pour l’instant.</Empty>;
              return <BarChart title="Nombre de conventions par statut" data={{ labels: rows.map((r) => CONVENTION_STATUS[r.status]), values: rows.map((r) => r.count) }} />;
            }}
          </Loaded>
          <ExportLinks dataset="conventions" label="conventions" />
        </section>

        <section aria-labelledby="themes-titre" className="panel">
          <h2 id="themes-titre">Expériences publiées par thème</h2>
          <Loaded state={knowledge} what="les thèmes">
            {(data) => {
              const rows = [...(data.knowledgeStatistics?.experiencesByTheme ?? [])].sort((a, b) => b.count - a.count).slice(0, 12);
              if (!rows.length) return <Empty>Aucune expérience publiée pour l’instant.</Empty>;
              return <BarChart horizontal title="Expériences publiées par thème" colour="#3b6ea5" data={{ labels: rows.map((r) => r.theme.labelFr), values: rows.map((r) => r.count) }} />;
            }}
          </Loaded>
        </section>
      </div>

      <section aria-labelledby="mois-titre" className="panel">
        <h2 id="mois-titre">Expériences publiées par mois</h2>
        <Loaded state={knowledge} what="les publications">
          {(data) => {
            const rows = [...(data.knowledgeStatistics?.experiencesByMonth ?? [])].sort((a, b) => a.month.localeCompare(b.month));
            if (!rows.length) return <Empty>Aucune expérience publiée pour l’instant.</Empty>;
            return <BarChart title="Expériences publiées par mois" colour="#3b6ea5" data={{ labels: rows.map((r) => formatMonth(r.month)), values: rows.map((r) => r.count) }} />;
          }}
        </Loaded>
        <ExportLinks dataset="experiences" label="expériences" />
      </section>

      <section aria-labelledby="programmes-titre" className="panel">
        <h2 id="programmes-titre">Programmes et promotions</h2>
        <Loaded state={programmes} what="les programmes">
          {(data) => {
            const fills = data.conventionStatistics?.cohortFill ?? [];
            const list = data.programmes ?? [];
            if (!list.length) return <Empty>Aucun programme.</Empty>;
            return (
              <div className="programmes">
                {list.map((programme) => {
                  const cohorts = fills.filter((f) => f.cohort.programme.kind === programme.kind);
                  return (
                    <article key={programme.id} className="card">
                      <h3>{programme.name}</h3>
                      <p>{programme.description}</p>
                      {cohorts.length === 0 ? (
                        <Empty>Aucune promotion ouverte.</Empty>
                      ) : (
                        <div className="table-wrap">
                          <table className="table">
                            <caption className="visually-hidden">Promotions du programme {programme.name}</caption>
                            <thead>
                              <tr>
                                <th scope="col">Promotion</th>
                                <th scope="col">Remplissage</th>
                                <th scope="col">Places</th>
                                <th scope="col">Liste d’attente</th>
                              </tr>
                            </thead>
                            <tbody>
                              {cohorts.map((fill) => (
                                <tr key={fill.cohort.id}>
                                  <th scope="row">
                                    {fill.cohort.name}
                                    <small>
                                      {formatDate(fill.cohort.startsOn)} – {formatDate(fill.cohort.endsOn)}
                                    </small>
                                  </th>
                                  <td>
                                    <Gauge value={fill.fillRate} label={`Remplie à ${formatPercent(fill.fillRate)}`} /> {formatPercent(fill.fillRate)}
                                  </td>
                                  <td>
                                    {formatNumber(fill.enrolledCount)} inscrits / {formatNumber(fill.capacity)}
                                    {fill.offeredCount > 0 && `, ${formatNumber(fill.offeredCount)} proposées`}
                                  </td>
                                  <td>{formatNumber(fill.cohort.waitlist.totalCount)}</td>
                                </tr>
                              ))}
                            </tbody>
                          </table>
                        </div>
                      )}
                    </article>
                  );
                })}
              </div>
            );
          }}
        </Loaded>
        <ExportLinks dataset="programmes" label="programmes" />
      </section>
    </>
  );
}

function KeyFigures({ knowledge, conventions, alliances }: { knowledge: QueryState<HomeKnowledgeQuery>; conventions: QueryState<HomeConventionsQuery>; alliances: QueryState<HomeAlliancesQuery> }) {
  const figure = (state: QueryState<unknown>, value: () => number | undefined) => (state.status === 'done' ? formatNumber(value() ?? 0) : state.status === 'loading' ? '…' : '—');
  const members = () => {
    if (alliances.status !== 'done') return undefined;
    return (alliances.data.alliances?.nodes ?? []).reduce((sum, a) => sum + a.members.totalCount, 0);
  };
  return (
    <section aria-label="Chiffres clés" className="figures">
      <p>
        <strong>{figure(alliances, members)}</strong> membres de l’alliance
      </p>
      <p>
        <strong>{figure(conventions, () => (conventions.status === 'done' ? conventions.data.conventions?.totalCount : undefined))}</strong> conventions
      </p>
      <p>
        <strong>{figure(knowledge, () => (knowledge.status === 'done' ? knowledge.data.knowledgeStatistics?.experienceCount : undefined))}</strong>{' '}
        <Link to="/experiences">expériences publiées</Link>
      </p>
      <p>
        <strong>{figure(knowledge, () => (knowledge.status === 'done' ? knowledge.data.knowledgeStatistics?.resourceCount : undefined))}</strong> ressources
      </p>
    </section>
  );
}
