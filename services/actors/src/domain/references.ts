// References between this subgraph's records are checked when they are written (a membership's alliance
// and actor, a position's person and holder exist): a non-null field reads them as present, and one
// missing all the same fails as GraphQL's own non-null error.
export const referenced = <T>(record: Promise<T | null>) => record as Promise<T>;
