import { runSubgraph } from '@fabrique/kit';
import { conventionsSubgraph } from './server';

runSubgraph(conventionsSubgraph);
