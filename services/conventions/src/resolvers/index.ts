import { Actor, Organisation, Territory } from './Actor';
import { Convention, ConventionParty } from './Convention';
import { Programme } from './Programme';
import { Query } from './Query';

export const resolvers = { Query, Actor, Territory, Organisation, Convention, ConventionParty, Programme };
