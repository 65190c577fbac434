import { Actor, Organisation, Territory } from './Actor';
import { Experience } from './Experience';
import { Query } from './Query';

export const resolvers = { Query, Actor, Territory, Organisation, Experience };
