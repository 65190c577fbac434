// Placing actors in départements, for the map.
import type { ActorPlaceFragment, TerritoryPlaceFragment } from './gql/graphql';

/** The official code of the département a territory is in (itself for a département), or null. */
export function departementOf(place: TerritoryPlaceFragment | null | undefined): string | null {
  if (!place) return null;
  if (place.level === 'DEPARTEMENT') return place.code;
  return place.ancestors.find((a) => a.level === 'DEPARTEMENT')?.code ?? null;
}

/** The département of an actor: a territory's own, an organisation's home territory's. */
export function departementOfActor(actor: ActorPlaceFragment | null | undefined): string | null {
  if (!actor) return null;
  if (actor.__typename === 'Territory') return departementOf(actor);
  if (actor.__typename === 'Organisation') return departementOf(actor.homeTerritory);
  return null;
}

/** Counts items per département, each item once per département it touches. */
export function countByDepartement<T>(items: readonly T[], departements: (item: T) => (string | null)[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    for (const code of new Set(departements(item))) {
      if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
  }
  return counts;
}
