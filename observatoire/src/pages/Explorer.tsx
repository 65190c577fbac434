import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useQuery } from '../api/client';
import { ExperienceList, ExperienceMeta } from '../components/ExperienceList';
import { useTitle } from '../components/Layout';
import { Empty, ExportLinks, Loaded } from '../components/states';
import { TerritoryPicker } from '../components/TerritoryPicker';
import {
  BrowseExperiencesDocument,
  BrowseResourcesDocument,
  ExplorerOptionsDocument,
  SearchKnowledgeDocument,
  type KnowledgeType,
  type ResourceCardFragment,
  type SearchKnowledgeQuery,
} from '../gql/graphql';
import { experiencePath, plural, RESOURCE_KIND } from '../labels';

const PAGE = 10;
type Hit = NonNullable<SearchKnowledgeQuery['searchKnowledge']>['edges'][number]['node'];

/** The filters, all in the URL: q, theme, territoire, programme, type, apres (the page's cursor). */
function useFilters() {
  const [params, setParams] = useSearchParams();
  const filters = {
    q: params.get('q') ?? '',
    theme: params.get('theme'),
    territory: params.get('territoire'),
    programme: params.get('programme'),
    type: (params.get('type') === 'ressources' ? 'RESOURCE' : params.get('type') === 'experiences' ? 'EXPERIENCE' : null) as KnowledgeType | null,
    after: params.get('apres'),
  };
  const update = (changes: Record<string, string | null>) =>
    setParams((p) => {
      for (const [key, value] of Object.entries(changes)) {
        if (value) p.set(key, value);
        else p.delete(key);
      }
      if (!('apres' in changes)) p.delete('apres');
      return p;
    });
  return { filters, update };
}

export function Explorer() {
  useTitle('Expériences');
  const { filters, update } = useFilters();
  const [text, setText] = useState(filters.q);
  const options = useQuery(ExplorerOptionsDocument, {});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update({ q: text.trim() || null });
  };
  // The export takes the filters, not the words searched.
  const exportParams = { territory: filters.territory ?? undefined, theme: filters.theme ?? undefined, programme: filters.programme ?? undefined };

  return (
    <>
      <h1>Explorer les expériences</h1>
      <p className="lead">Ce que les territoires ont fait, appris et partagé : cherchez par mots (recherche en français), puis affinez.</p>
      <form role="search" className="search" onSubmit={submit}>
        <div className="field grow">
          <label htmlFor="recherche">Rechercher</label>
          <input id="recherche" type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="ex. rénovation énergétique, cantine, mobilité" />
        </div>
        <button type="submit">Rechercher</button>
      </form>
      <div className="filters" role="group" aria-label="Filtres">
        <div className="field">
          <label htmlFor="filtre-theme">Thème</label>
          <select id="filtre-theme" value={filters.theme ?? ''} onChange={(e) => update({ theme: e.target.value || null })}>
            <option value="">Tous les thèmes</option>
            {options.status === 'done' &&
              (options.data.themes ?? []).map((theme) => (
                <optgroup key={theme.id} label={theme.labelFr}>
                  <option value={theme.id}>{theme.labelFr} (tout)</option>
                  {theme.children.map((child) => (
                    <option key={child.id} value={child.id}>
                      {child.labelFr}
                    </option>
                  ))}
                </optgroup>
              ))}
          </select>
        </div>
        <TerritoryPicker value={filters.territory} onChange={(id) => update({ territoire: id })} />
        <div className="field">
          <label htmlFor="filtre-programme">Programme</label>
          <select id="filtre-programme" value={filters.programme ?? ''} onChange={(e) => update({ programme: e.target.value || null })}>
            <option value="">Tous les programmes</option>
            {options.status === 'done' &&
              (options.data.programmes ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filtre-type">Type</label>
          <select id="filtre-type" value={filters.type === 'RESOURCE' ? 'ressources' : filters.type === 'EXPERIENCE' ? 'experiences' : ''} onChange={(e) => update({ type: e.target.value || null })}>
            <option value="">Expériences et ressources</option>
            <option value="experiences">Expériences</option>
            <option value="ressources">Ressources</option>
          </select>
        </div>
      </div>
      {options.status === 'error' && <p className="state state-warning">Les listes de thèmes et de programmes n’ont pas pu être chargées : {options.error.message}</p>}
      {filters.q ? <SearchResults filters={filters} onPage={(cursor) => update({ apres: cursor })} /> : <Browse filters={filters} onPage={(cursor) => update({ apres: cursor })} />}
      <ExportLinks dataset="experiences" params={exportParams} label={filters.q ? 'expériences publiées avec ces filtres, sans la recherche par mots' : 'expériences publiées avec ces filtres'} />
    </>
  );
}

type Filters = ReturnType<typeof useFilters>['filters'];

function Pager({ after, next, onPage }: { after: string | null; next: string | null; onPage: (cursor: string | null) => void }) {
  if (!after && !next) return null;
  return (
    <nav aria-label="Pages de résultats" className="pager">
      {after && (
        <button type="button" onClick={() => onPage(null)}>
          Première page
        </button>
      )}
      {next && (
        <button type="button" onClick={() => onPage(next)}>
          Page suivante
        </button>
      )}
    </nav>
  );
}

function SearchResults({ filters, onPage }: { filters: Filters; onPage: (cursor: string | null) => void }) {
  const state = useQuery(SearchKnowledgeDocument, {
    query: filters.q,
    filter: {
      ...(filters.type ? { types: [filters.type] } : {}),
      ...(filters.theme ? { themes: [filters.theme] } : {}),
      ...(filters.territory ? { territory: filters.territory } : {}),
      ...(filters.programme ? { programme: filters.programme } : {}),
    },
    first: PAGE,
    after: filters.after,
  });
  return (
    <section aria-labelledby="resultats-titre" aria-live="polite">
      <h2 id="resultats-titre">Résultats</h2>
      <Loaded state={state} what="les résultats">
        {(data) => {
          const results = data.searchKnowledge;
          if (!results || results.totalCount === 0)
            return <Empty>Aucun résultat pour « {filters.q} » avec ces filtres. Essayez d’autres mots ou retirez un filtre.</Empty>;
          return (
            <>
              <p>
                {plural(results.totalCount, 'résultat', 'résultats')} pour « {filters.q} »
                {results.ignoredWords.length > 0 && ` (mots ignorés : ${results.ignoredWords.join(', ')})`}
                {results.truncated && ' — seuls les plus pertinents sont classés, précisez la recherche'}
              </p>
              <ol className="cards">
                {results.edges.map((edge) => (
                  <SearchHit key={edge.cursor} hit={edge.node} />
                ))}
              </ol>
              <Pager after={filters.after} next={results.pageInfo.hasNextPage ? (results.pageInfo.endCursor ?? null) : null} onPage={onPage} />
            </>
          );
        }}
      </Loaded>
    </section>
  );
}

/** The snippet's text with its highlighted spans in <mark> (built from offsets: no HTML from the API). */
function Snippet({ text, highlights }: { text: string; highlights: readonly { start: number; length: number }[] }) {
  const parts: (string | { mark: string })[] = [];
  let at = 0;
  for (const h of [...highlights].sort((a, b) => a.start - b.start)) {
    if (h.start < at) continue;
    parts.push(text.slice(at, h.start), { mark: text.slice(h.start, h.start + h.length) });
    at = h.start + h.length;
  }
  parts.push(text.slice(at));
  return (
    <p className="snippet">
      {parts.map((part, i) => (typeof part === 'string' ? part : <mark key={i}>{part.mark}</mark>))}
    </p>
  );
}

function SearchHit({ hit }: { hit: Hit }) {
  const item = hit.item;
  return (
    <li className="card">
      {item.__typename === 'Experience' ? (
        <>
          <p className="kind">Expérience</p>
          <h3>
            <Link to={experiencePath(item.id)}>{item.title}</Link>
          </h3>
          <Snippet text={hit.snippet.text} highlights={hit.snippet.highlights} />
          <ExperienceMeta experience={item} />
        </>
      ) : (
        <ResourceBody resource={item}>
          <Snippet text={hit.snippet.text} highlights={hit.snippet.highlights} />
        </ResourceBody>
      )}
    </li>
  );
}

/** A resource: its kind, title (a link to it when it has an address), the given text, themes and publisher. */
function ResourceBody({ resource, children }: { resource: ResourceCardFragment; children: ReactNode }) {
  return (
    <>
      <p className="kind">Ressource · {RESOURCE_KIND[resource.kind]}</p>
      <h3>{resource.url ? <a href={resource.url}>{resource.title}</a> : resource.title}</h3>
      {children}
      <p className="meta">
        {resource.themes.map((t) => (
          <span key={t.id} className="tag tag-theme">
            {t.labelFr}
          </span>
        ))}
        {resource.publisher && <span>Publiée par {resource.publisher.name}</span>}
      </p>
    </>
  );
}

function browseFilter(filters: Filters) {
  return {
    ...(filters.theme ? { theme: filters.theme } : {}),
    ...(filters.territory ? { territory: filters.territory } : {}),
    ...(filters.programme ? { programme: filters.programme } : {}),
  };
}

/** Without words: the published experiences (or resources), newest first, page by page. */
function Browse({ filters, onPage }: { filters: Filters; onPage: (cursor: string | null) => void }) {
  return filters.type === 'RESOURCE' ? <BrowseResources filters={filters} onPage={onPage} /> : <BrowseExperiences filters={filters} onPage={onPage} />;
}

function BrowseExperiences({ filters, onPage }: { filters: Filters; onPage: (cursor: string | null) => void }) {
  const state = useQuery(BrowseExperiencesDocument, { filter: browseFilter(filters), first: PAGE, after: filters.after });
  return (
    <section aria-labelledby="resultats-titre" aria-live="polite">
      <h2 id="resultats-titre">Expériences publiées</h2>
      <Loaded state={state} what="les expériences">
        {(data) => {
          const page = data.experiences;
          if (!page || page.totalCount === 0) return <Empty>Aucune expérience publiée avec ces filtres.</Empty>;
          return (
            <>
              <p>{plural(page.totalCount, 'expérience', 'expériences')}, des plus récentes aux plus anciennes</p>
              <ExperienceList experiences={page.nodes} />
              <Pager after={filters.after} next={page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null} onPage={onPage} />
            </>
          );
        }}
      </Loaded>
    </section>
  );
}

function BrowseResources({ filters, onPage }: { filters: Filters; onPage: (cursor: string | null) => void }) {
  const state = useQuery(BrowseResourcesDocument, { filter: browseFilter(filters), first: PAGE, after: filters.after });
  return (
    <section aria-labelledby="resultats-titre" aria-live="polite">
      <h2 id="resultats-titre">Ressources publiées</h2>
      <Loaded state={state} what="les ressources">
        {(data) => {
          const page = data.resources;
          if (!page || page.totalCount === 0) return <Empty>Aucune ressource publiée avec ces filtres.</Empty>;
          return (
            <>
              <p>{plural(page.totalCount, 'ressource', 'ressources')}, des plus récentes aux plus anciennes</p>
              <ul className="cards">
                {page.nodes.map((resource) => (
                  <li key={resource.id} className="card">
                    <ResourceBody resource={resource}>
                      <p>{resource.summary}</p>
                    </ResourceBody>
                  </li>
                ))}
              </ul>
              <Pager after={filters.after} next={page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null} onPage={onPage} />
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
