import { startTestSubgraph } from '@fabrique/kit/testing';
import { seedConventions } from '../src/seed';
import { createConventionsServer } from '../src/server';

/** The conventions subgraph on a free port over a fresh, seeded database. */
export const startConventions = () => startTestSubgraph('conventions', createConventionsServer, seedConventions);
