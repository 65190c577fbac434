import type { TerritoryRecord } from '@fabrique/actors';
import { moveConvention, withDerived, type CommitmentRecord, type ConventionRecord, type ConventionStatus, type IndicatorRecord, type SignatoryRecord, type ProgrammeRecord } from '@fabrique/conventions';
import { demoOrganisationId, stableId, type RevisionRecord } from '@fabrique/kit';
import { versioned, type Change } from './bulk';
import { GENERATED_FROM, STAFF } from './organisations';
import { FIRST_NAMES, LAST_NAMES, THEME_BANKS } from './phrases';
import { addDays, isoDay, type Random } from './random';
import type { TerritoryPool } from './territories';

const FABRIQUE = demoOrganisationId('association-fabrique-des-transitions');
const FABRIQUE_ROLE = 'Association pour la promotion de la Fabrique des transitions';
const PARTNER_ROLES = ['Partenaire financeur', 'Partenaire technique', 'Opérateur de l’accompagnement', 'Partenaire associatif'];

/** Indicators a convention's commitments follow: label, unit, and whether the target is below the baseline. */
const INDICATORS: Array<[label: string, unit: string, decreasing: boolean]> = [
  ['Logements rénovés', 'logements', false],
  ['Énergie renouvelable produite', 'MWh', false],
  ['Pistes cyclables aménagées', 'km', false],
  ['Produits bio et locaux en restauration collective', '%', false],
  ['Haies replantées', 'km', false],
  ['Habitants associés aux démarches de transition', 'habitants', false],
  ['Consommation d’énergie des bâtiments publics', 'MWh', true],
  ['Ordures ménagères résiduelles', 'kg par habitant', true],
  ['Agents formés à la transition', 'agents', false],
  ['Projets citoyens réalisés', 'projets', false],
];

const MILESTONES = ['Installer le comité de pilotage', 'Réaliser le diagnostic partagé', 'Adopter la feuille de route', 'Organiser le forum des acteurs', 'Lancer les premières actions', 'Publier le bilan à mi-parcours', 'Capitaliser les expériences', 'Évaluer la démarche'];

/** How a party is named in a convention's title, and who signs for it. */
function partyName(t: TerritoryRecord): { title: string; signatory: string } {
  switch (t.level) {
    case 'COMMUNE':
      return { title: `la commune de ${t.name}`, signatory: `Maire de ${t.name}` };
    case 'EPCI':
      return { title: t.name.replace(/^(CC|CA|CU)\b/, (abbr) => ({ CC: 'la Communauté de communes', CA: 'la Communauté d’agglomération', CU: 'la Communauté urbaine' })[abbr]!), signatory: `Président de ${t.name}` };
    case 'DEPARTEMENT':
      return { title: `le Département ${t.name}`, signatory: `Président du Conseil départemental ${t.name}` };
    default:
      return { title: `la Région ${t.name}`, signatory: `Présidente du Conseil régional ${t.name}` };
  }
}

const person = (random: Random) => `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;

function commitments(key: string, random: Random, territory: TerritoryRecord, startsOn: Date, endsOn: Date): CommitmentRecord[] {
  const themes = random.sample(Object.keys(THEME_BANKS), random.int(2, 5));
  return themes.map((theme, index) => {
    const bank = THEME_BANKS[theme]!;
    const span = endsOn.getTime() - startsOn.getTime();
    const milestones = random.sample(MILESTONES, random.int(1, 3)).map((title, m, all) => ({
      id: stableId('bench-milestone', `${key}/${index}/${m}`),
      title,
      dueOn: isoDay(new Date(startsOn.getTime() + (span * (m + 1)) / (all.length + 1))),
      doneOn: null,
    }));
    const indicators: IndicatorRecord[] = random.sample(INDICATORS, random.int(0, 2)).map(([label, unit, decreasing], n) => {
      const baseline = decreasing ? random.int(200, 2_000) : random.int(0, 50);
      return { id: stableId('bench-indicator', `${key}/${index}/${n}`), label, unit, baseline, target: decreasing ? Math.round(baseline * 0.6) : baseline + random.int(20, 500), values: [] };
    });
    return { number: index + 1, title: random.pick(bank.titles), description: random.pick(bank.summaries).replace(/\{lieu\}/g, territory.name).replace(/\{n\}/g, String(random.int(5, 60))), milestones, indicators };
  });
}

/** What staff did to a convention after creating it, in date order: status moves, milestones done, indicator values. */
function lifeOf(convention: ConventionRecord, random: Random, now: Date): Array<Change<ConventionRecord>> {
  const events: Array<Change<ConventionRecord> & { order: number }> = [];
  const status = (to: ConventionStatus, on: Date, order: number) =>
    events.push({ at: on, author: STAFF, note: `status ${to}`, order, apply: (c) => moveConvention(c, to, { effectiveOn: isoDay(on), by: STAFF, note: null, at: on, today: isoDay(on) }) });
  const final = random.weighted({ IN_PREPARATION: 18, SIGNED: 10, ACTIVE: 50, ENDED: 12, TERMINATED: 10 });
  if (final === 'IN_PREPARATION') return [];
  const signed = addDays(convention.createdAt, random.int(20, 150));
  if (signed > now) return [];
  status('SIGNED', signed, 0);
  if (final === 'SIGNED') return events;
  const active = addDays(signed, random.int(0, 60));
  if (active > now) return events;
  status('ACTIVE', active, 1);
  const plannedEnd = new Date(`${convention.endsOn}T09:00:00Z`);
  const end = final === 'TERMINATED' ? addDays(active, random.int(90, 700)) : final === 'ENDED' ? plannedEnd : null;
  const until = end && end <= now && end > active ? end : now;
  if (end && end <= now && end > active) status(final as 'ENDED' | 'TERMINATED', end, 3);
  // Progress while in force: milestones done, indicator values measured.
  for (const commitment of convention.commitments) {
    for (const milestone of commitment.milestones) {
      const due = new Date(`${milestone.dueOn}T09:00:00Z`);
      const done = addDays(due, random.int(-30, 20));
      if (done <= active || done >= until || !random.chance(0.75)) continue;
      events.push({
        at: done,
        author: STAFF,
        note: `milestone ${milestone.id} updated`,
        order: 2,
        apply: (c) => ({ ...c, commitments: c.commitments.map((k) => ({ ...k, milestones: k.milestones.map((m) => (m.id === milestone.id ? { ...m, doneOn: isoDay(done) } : m)) })) }),
      });
    }
    for (const indicator of commitment.indicators) {
      for (let v = 0, count = random.int(0, 3); v < count; v++) {
        const measured = random.dateBetween(active, until);
        const value = Math.round(indicator.baseline + ((indicator.target - indicator.baseline) * (v + 1) * random.int(15, 35)) / 100);
        events.push({
          at: measured,
          author: STAFF,
          note: `indicator ${indicator.id} measured`,
          order: 2,
          apply: (c) => ({
            ...c,
            commitments: c.commitments.map((k) => ({
              ...k,
              indicators: k.indicators.map((i) => (i.id === indicator.id ? { ...i, values: [...i.values, { value, measuredOn: isoDay(measured), recordedAt: measured, recordedBy: STAFF, note: null }] } : i)),
            })),
          }),
        });
      }
    }
  }
  return events.sort((a, b) => a.at.getTime() - b.at.getTime() || a.order - b.order);
}

interface GeneratedConventions {
  records: ConventionRecord[];
  revisions: Array<RevisionRecord<ConventionRecord>>;
}

/**
 * Conventions with communes, EPCIs, départements and régions, created by staff as `createConvention`
 * builds them, then moved along their life (`moveConvention`, the service's status machine), each
 * change a version with its revision; `withDerived` files them under their parties and territories.
 */
export function generateConventions(
  count: number,
  context: { territories: TerritoryPool; organisations: readonly string[]; programmes: readonly ProgrammeRecord[]; random: Random; now: Date; collection: string },
): GeneratedConventions {
  const { territories, organisations, programmes, random, now, collection } = context;
  const records: ConventionRecord[] = [];
  const revisions: Array<RevisionRecord<ConventionRecord>> = [];
  for (let i = 0; i < count; i++) {
    const key = String(i);
    const territory = territories.any(random, { COMMUNE: 35, EPCI: 35, DEPARTEMENT: 22, REGION: 8 });
    const partners = random.sample(organisations, random.int(0, 2));
    const createdAt = random.dateBetween(GENERATED_FROM, addDays(now, -20));
    const startsOn = addDays(createdAt, random.int(60, 200));
    const endsOn = addDays(startsOn, random.int(365, 4 * 365));
    const named = partyName(territory);
    const parties = [
      { actorId: territory._id, role: 'Territoire partenaire' },
      { actorId: FABRIQUE, role: FABRIQUE_ROLE },
      ...partners.map((actorId) => ({ actorId, role: random.pick(PARTNER_ROLES) })),
    ];
    const signatories: SignatoryRecord[] = [
      { name: person(random), title: named.signatory, actorId: territory._id, signedOn: null },
      { name: person(random), title: `Président de l’${FABRIQUE_ROLE.charAt(0).toLowerCase()}${FABRIQUE_ROLE.slice(1)}`, actorId: FABRIQUE, signedOn: null },
    ];
    const created = withDerived({
      _id: stableId('bench-convention', key),
      title: `Convention de partenariat entre ${named.title} et la Fabrique des transitions`,
      summary: `Une démarche globale de transition pour ${territory.name} : ${random.sample(Object.keys(THEME_BANKS), 3).map((t) => THEME_BANKS[t]!.titles[0]!.toLowerCase()).join(' ; ')}.`,
      status: 'IN_PREPARATION',
      programmeId: random.chance(0.4) ? random.pick(programmes)._id : null,
      signedOn: null,
      startsOn: isoDay(startsOn),
      endsOn: isoDay(endsOn),
      parties,
      signatories,
      documents: [{ id: stableId('bench-document', key), title: 'Projet de convention', url: `https://documents.example.org/conventions/${key}.pdf`, kind: 'CONVENTION_TEXT', addedAt: createdAt }],
      commitments: commitments(key, random, territory, startsOn, endsOn),
      statusHistory: [{ from: null, to: 'IN_PREPARATION', at: createdAt, effectiveOn: null, by: STAFF, note: null }],
      partyIds: [],
      territoryScope: [],
      organisationIds: [],
      version: 1,
      createdAt,
      updatedAt: createdAt,
    });
    // Each change is what editConvention writes: the change, re-derived, stamped.
    const changes = lifeOf(created, random, now).map((change) => ({ ...change, apply: (c: ConventionRecord) => withDerived({ ...change.apply(c), updatedAt: change.at }) }));
    const history = versioned(collection, created, { author: STAFF, note: 'created', at: createdAt }, changes);
    records.push(history.record);
    revisions.push(...history.revisions);
  }
  return { records, revisions };
}
