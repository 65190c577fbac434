import type { KnowledgeContext } from '../context';
import type { PublicationRecord } from '../models/publications/schema';
import { searchEntryOf } from '../domain/search/entries';
import { searchKnowledge, type SearchArgs, type SearchHit } from '../domain/search/search';
import { plainText } from '../domain/text/markdown';
import { buildSnippet, snippetHtml } from '../domain/text/snippet';
import { tokenize } from '../domain/text/analysis';

export async function searchConnection(args: SearchArgs, context: KnowledgeContext) {
  const result = await searchKnowledge(args, context);
  const visible = result.hits.slice(0, result.first);
  // Only the page's items are loaded in full, one batched query per type.
  const records = await Promise.all(
    visible.map((hit) => (hit.type === 'EXPERIENCE' ? context.loaders.experience.load(hit.id) : context.loaders.resource.load(hit.id))),
  );
  // An entry a write left behind (see publishing/service `indexed`) is repaired, and never shows an
  // item that is no longer published.
  const stale = visible.flatMap((hit, i) => (records[i] && records[i]!.version !== hit.version ? [searchEntryOf(hit.type, records[i]!)] : []));
  if (stale.length > 0) await context.repositories.searchEntries.save(stale);
  const edges = visible.flatMap((hit, i) => {
    const record = records[i];
    return record?.status === 'PUBLISHED' ? [{ cursor: result.cursorAt(result.offset + i + 1), node: { ...hit, record } }] : [];
  });
  return {
    edges,
    pageInfo: {
      hasNextPage: result.hits.length > result.first,
      hasPreviousPage: result.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: result.total,
    terms: result.terms,
    ignoredWords: result.ignoredWords,
    truncated: result.truncated,
  };
}

type Hit = SearchHit & { record: PublicationRecord };

export const KnowledgeSearchHit = {
  item: (hit: Hit) => hit.record,
  /** The excerpt of summary or body holding the most query words. */
  snippet(hit: Hit) {
    const candidates = [
      { field: 'summary', text: hit.record.summary },
      { field: 'body', text: plainText(hit.record.body) },
    ].map((c) => ({ field: c.field, ...buildSnippet(c.text, hit.keys) }));
    const distinct = (c: (typeof candidates)[number]) =>
      new Set(tokenize(c.text).flatMap((t) => t.keys.filter((k) => hit.keys.has(k)))).size;
    const best = candidates.filter((c) => c.text).sort((a, b) => distinct(b) - distinct(a))[0] ?? candidates[0]!;
    return { ...best, html: snippetHtml(best) };
  },
};

export const KnowledgeItem = {
  __resolveType: (record: PublicationRecord) => ('kind' in record ? 'Resource' : 'Experience'),
};
