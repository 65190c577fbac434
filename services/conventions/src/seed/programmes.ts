import { programmeIdOf } from '@fabrique/kit';
import type { ProgrammeRecord } from '../models/programmes/schema';

/** The four programmes, from public facts (see shared/seeds); their rules are data that the code reads. */
const programme = (p: Omit<ProgrammeRecord, '_id'>): ProgrammeRecord => ({ _id: programmeIdOf(p.kind), ...p });
const noRules = { minDays: null, maxDays: null, cycleMonths: null, cohortCapacity: null, nationalCapacity: null };

export const demoProgrammes: ProgrammeRecord[] = [
  programme({
    kind: 'INITIATION_DAY',
    rank: 1,
    name: "Journée d'initiation",
    description: "Une journée d'initiation aux contenus de la Fabrique, co-organisée avec les services de l'État.",
    rules: { ...noRules, minDays: 1, maxDays: 1 },
  }),
  programme({
    kind: 'SHORT_DIAGNOSTIC',
    rank: 2,
    name: 'Diagnostic court',
    description:
      "Un audit de 3 à 5 jours qui identifie les points forts et les points faibles du territoire et l'aide, par des recommandations, à structurer et positionner la suite.",
    rules: { ...noRules, minDays: 3, maxDays: 5 },
  }),
  programme({
    kind: 'PILOT_COHORT',
    rank: 3,
    name: 'Promotion pilote nationale',
    description:
      "Une première promotion à l'échelle française, construite avec l'ADEME : 10 territoires sur un cycle d'un an de 5 à 8 journées de formation et de travail collectif.",
    rules: { ...noRules, minDays: 5, maxDays: 8, cycleMonths: 12, cohortCapacity: 10 },
  }),
  programme({
    kind: 'EXPERIMENTAL_SUPPORT',
    rank: 4,
    name: 'Accompagnement expérimental',
    description:
      "Un accompagnement sur mesure, beaucoup plus poussé, qui mobilise les moyens de la Fabrique et de ses alliés pour construire avec les territoires des réponses nouvelles. Seuls 4 ou 5 territoires peuvent en bénéficier à l'échelle nationale.",
    rules: { ...noRules, nationalCapacity: 5 },
  }),
];
