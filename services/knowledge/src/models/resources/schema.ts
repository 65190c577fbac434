import { Schema } from 'mongoose';
import { addPublicationIndexes, publicationDefinition, type PublicationRecord } from '../publications/schema';

export const RESOURCE_KINDS = ['GUIDE', 'METHOD', 'TOOL', 'REPORT', 'VIDEO', 'TRAINING_MATERIAL'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** An item of the resource centre; its body describes it, `url` points at it. */
export interface ResourceRecord extends PublicationRecord {
  kind: ResourceKind;
  url: string | null;
}

export const resourceSchema = new Schema<ResourceRecord>(
  {
    ...publicationDefinition,
    kind: { type: String, enum: RESOURCE_KINDS, required: true },
    url: { type: String, default: null },
  },
  { collection: 'resources', versionKey: false, minimize: false },
);
addPublicationIndexes(resourceSchema);
resourceSchema.index({ kind: 1, status: 1, listedAt: -1, _id: -1 });
