import { Actor } from './Actor';
import { Alliance, Person, Position } from './Alliance';
import { Organisation } from './Organisation';
import { Query } from './Query';
import { Territory } from './Territory';

export const resolvers = { Query, Actor, Territory, Organisation, Alliance, Position, Person };
