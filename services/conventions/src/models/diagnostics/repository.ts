import type { Connection, Model } from 'mongoose';
import { versionedCollection, type RevisionRecord, type SortSpec } from '@fabrique/kit';
import { diagnosticSchema, type DiagnosticRecord } from './schema';

/** Lists of diagnostics: newest first. */
export const DIAGNOSTIC_ORDER: SortSpec = [
  ['createdAt', -1, 'date'],
  ['_id', -1, 'string'],
];

export function createDiagnosticRepository(connection: Connection, revisions: Model<RevisionRecord>) {
  return versionedCollection<DiagnosticRecord>(connection, revisions, 'Diagnostic', diagnosticSchema);
}
