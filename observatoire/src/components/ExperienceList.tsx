import { Link } from 'react-router-dom';
import type { ExperienceCardFragment } from '../gql/graphql';
import { experiencePath, formatDate, territoryPath } from '../labels';

/** Experiences as cards: title (link to its page), summary, territories, themes, publisher. */
/** `highlightTerritory`: marks the experiences about that very territory (the others are about a territory inside it). */
export function ExperienceList({ experiences, headingLevel = 3, highlightTerritory }: { experiences: readonly ExperienceCardFragment[]; headingLevel?: 3 | 4; highlightTerritory?: string }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <ul className="cards">
      {experiences.map((experience) => (
        <li key={experience.id} className="card">
          <Heading>
            <Link to={experiencePath(experience.id)}>{experience.title}</Link>
          </Heading>
          {highlightTerritory && (experience.territories ?? []).some((t) => t.id === highlightTerritory) && <p className="kind">Directement pour ce territoire</p>}
          <p>{experience.summary}</p>
          <ExperienceMeta experience={experience} />
        </li>
      ))}
    </ul>
  );
}

export function ExperienceMeta({ experience }: { experience: ExperienceCardFragment }) {
  return (
    <p className="meta">
      {(experience.territories ?? []).map((t) => (
        <Link key={t.id} className="tag" to={territoryPath(t.id)}>
          {t.name}
        </Link>
      ))}
      {experience.themes.map((theme) => (
        <span key={theme.id} className="tag tag-theme">
          {theme.labelFr}
        </span>
      ))}
      {experience.publisher && <span>Publiée par {experience.publisher.name}</span>}
      {experience.publishedAt && <span> le {formatDate(experience.publishedAt)}</span>}
    </p>
  );
}
