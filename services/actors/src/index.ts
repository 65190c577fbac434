import { runSubgraph } from '@fabrique/kit';
import { actorsSubgraph } from './server';

runSubgraph(actorsSubgraph);
