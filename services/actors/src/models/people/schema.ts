import { Schema } from 'mongoose';
import { versionedFields, type VersionedRecord } from '@fabrique/kit';

export interface PersonRecord extends VersionedRecord {
  _id: string;
  name: string;
  searchName: string;
  nameWords: string[];
}

export const personSchema = new Schema<PersonRecord>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    searchName: { type: String, required: true },
    nameWords: { type: [String], required: true },
    ...versionedFields,
  },
  { collection: 'people', versionKey: false },
);
// people(filter: { search }), sorted by name.
personSchema.index({ searchName: 1, _id: 1 });
personSchema.index({ nameWords: 1 });
