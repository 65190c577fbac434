import type { Connection, Model } from 'mongoose';
import { versionStore, type RevisionRecord, type SortSpec } from '@fabrique/kit';
import { recordQueries } from '../shared/queries';
import { diagnosticSchema, type DiagnosticRecord } from './schema';

/** Lists of diagnostics: newest first. */
export const DIAGNOSTIC_ORDER: SortSpec = [
  ['createdAt', -1, 'date'],
  ['_id', -1, 'string'],
];

export function createDiagnosticRepository(connection: Connection, revisions: Model<RevisionRecord>) {
  const model: Model<DiagnosticRecord> = connection.model<DiagnosticRecord>('Diagnostic', diagnosticSchema);
  return { ...recordQueries(model), store: versionStore<DiagnosticRecord>(model, revisions, 'Diagnostic') };
}

export type DiagnosticRepository = ReturnType<typeof createDiagnosticRepository>;
