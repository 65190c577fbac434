import { startTestSubgraph } from '@fabrique/kit/testing';
import { seedActors } from '../src/seed';
import { createActorsServer } from '../src/server';

/** The actors subgraph on a free port over a fresh, seeded database. */
export const startActors = () => startTestSubgraph('actors', createActorsServer, seedActors);
