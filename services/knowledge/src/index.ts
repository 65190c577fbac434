import { runSubgraph } from '@fabrique/kit';
import { knowledgeSubgraph } from './server';

runSubgraph(knowledgeSubgraph);
