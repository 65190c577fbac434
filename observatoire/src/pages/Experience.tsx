import { Link, useParams } from 'react-router-dom';
import { useQuery } from '../api/client';
import { useTitle } from '../components/Layout';
import { ExportLinks, Loaded } from '../components/states';
import { ExperiencePageDocument, type ExperiencePageQuery } from '../gql/graphql';
import { CONVENTION_STATUS, formatDate, formatNumber, LEVEL, territoryPath } from '../labels';

type Experience = NonNullable<ExperiencePageQuery['experience']>;

export function ExperiencePage() {
  const id = useParams().id ?? '';
  const state = useQuery(ExperiencePageDocument, { id });
  useTitle(state.status === 'done' && state.data.experience ? state.data.experience.title : 'Expérience');
  return (
    <Loaded state={state} what="cette expérience">
      {(data) =>
        data.experience ? (
          <ExperienceView experience={data.experience} />
        ) : (
          <>
            <h1>Expérience introuvable</h1>
            <p>
              Cette expérience n’existe pas ou n’est pas publiée. <Link to="/experiences">Chercher parmi les expériences publiées</Link>.
            </p>
          </>
        )
      }
    </Loaded>
  );
}

/** The body is Markdown: shown as paragraphs of plain text (never as HTML). */
function Body({ text }: { text: string }) {
  return (
    <div className="body">
      {text
        .split(/\n{2,}/)
        .map((block) => block.replace(/^#+\s*/gm, '').trim())
        .filter(Boolean)
        .map((block, i) => (
          <p key={i}>{block}</p>
        ))}
    </div>
  );
}

function ExperienceView({ experience }: { experience: Experience }) {
  const publisher = experience.publisher;
  const figures = experience.keyFigures;
  return (
    <article className="experience">
      <nav aria-label="Fil d’Ariane" className="breadcrumb">
        <ol>
          <li>
            <Link to="/experiences">Expériences</Link>
          </li>
          <li aria-current="page">{experience.title}</li>
        </ol>
      </nav>
      <h1>{experience.title}</h1>
      <p className="lead">{experience.summary}</p>
      <div className="columns">
        <section aria-labelledby="recit-titre" className="panel">
          <h2 id="recit-titre">Le récit</h2>
          <Body text={experience.body} />
          {experience.outcomes.length > 0 && (
            <>
              <h3>Résultats</h3>
              <ul>
                {experience.outcomes.map((o, i) => (
                  <li key={i}>{o}</li>
                ))}
              </ul>
            </>
          )}
          {experience.lessons.length > 0 && (
            <>
              <h3>Enseignements</h3>
              <ul>
                {experience.lessons.map((l, i) => (
                  <li key={i}>{l}</li>
                ))}
              </ul>
            </>
          )}
        </section>
        <aside aria-label="Fiche de l’expérience" className="panel">
          <dl>
            <dt>Publiée par</dt>
            <dd>
              {!publisher ? (
                '—'
              ) : publisher.__typename === 'Territory' ? (
                <Link to={territoryPath(publisher.id)}>{publisher.name}</Link>
              ) : (
                <>
                  {publisher.name}
                  {publisher.__typename === 'Organisation' && publisher.homeTerritory && (
                    <>
                      {' '}
                      (<Link to={territoryPath(publisher.homeTerritory.id)}>{publisher.homeTerritory.name}</Link>)
                    </>
                  )}
                </>
              )}
              {experience.publishedAt && `, le ${formatDate(experience.publishedAt)}`}
            </dd>
            {experience.authors.length > 0 && (
              <>
                <dt>Auteurs</dt>
                <dd>{experience.authors.map((a) => (a.role ? `${a.name} (${a.role})` : a.name)).join(', ')}</dd>
              </>
            )}
            <dt>Territoires</dt>
            <dd>
              <ul className="inline-list">
                {(experience.territories ?? []).map((t) => (
                  <li key={t.id}>
                    <Link to={territoryPath(t.id)}>{t.name}</Link> <small>({LEVEL[t.level].toLowerCase()})</small>
                  </li>
                ))}
              </ul>
            </dd>
            <dt>Thèmes</dt>
            <dd>
              <ul className="inline-list">
                {experience.themes.map((t) => (
                  <li key={t.id}>
                    <Link className="tag tag-theme" to={`/experiences?theme=${encodeURIComponent(t.id)}`}>
                      {t.labelFr}
                    </Link>
                  </li>
                ))}
              </ul>
            </dd>
            <dt>Convention</dt>
            <dd>
              {experience.convention
                ? `${experience.convention.title} (${CONVENTION_STATUS[experience.convention.status].toLowerCase()}${experience.convention.signedOn ? `, signée le ${formatDate(experience.convention.signedOn)}` : ''})`
                : 'Aucune'}
            </dd>
            <dt>Programme</dt>
            <dd>{experience.programme ? experience.programme.name : 'Aucun'}</dd>
            {figures.budgetEuros != null && (
              <>
                <dt>Budget</dt>
                <dd>{formatNumber(figures.budgetEuros)} €</dd>
              </>
            )}
            {figures.durationMonths != null && (
              <>
                <dt>Durée</dt>
                <dd>{formatNumber(figures.durationMonths)} mois</dd>
              </>
            )}
            {figures.peopleInvolved != null && (
              <>
                <dt>Personnes impliquées</dt>
                <dd>{formatNumber(figures.peopleInvolved)}</dd>
              </>
            )}
          </dl>
        </aside>
      </div>
      <ExportLinks dataset="experiences" params={{ territory: experience.territories?.[0]?.id }} label="expériences de ce territoire" />
    </article>
  );
}
