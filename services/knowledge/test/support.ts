import { startTestSubgraph } from '@fabrique/kit/testing';
import { seedKnowledge } from '../src/seed';
import { createKnowledgeServer } from '../src/server';

/** The knowledge subgraph on a free port over a fresh, seeded database. */
export const startKnowledge = () => startTestSubgraph('knowledge', createKnowledgeServer, seedKnowledge);
