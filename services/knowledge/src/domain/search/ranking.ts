// BM25F: each query word's frequency is summed over title, summary and body with field weights and
// per-field length normalisation, saturated (k1), and weighted by the word's rarity (idf). A word's
// frequency is that of its best key (a word has one or two keys: see text/analysis).
import type { QueryWord } from '../text/analysis';
import type { TermStats } from '../text/searchIndex';

const FIELD_WEIGHTS = [3, 2, 1] as const;
const K1 = 1.2;
const B = 0.75;

export interface CorpusStats {
  /** Size of the corpus (the search entries). */
  documents: number;
  /** Documents holding each query word, by word index. */
  documentFrequency: number[];
  /** Average length of each field over the candidates. */
  averageLength: number[];
}

export function averageLengths(candidates: readonly TermStats[]): number[] {
  const sums = [0, 0, 0];
  for (const c of candidates) c.len.forEach((l, i) => (sums[i]! += l));
  return sums.map((s) => (candidates.length > 0 && s > 0 ? s / candidates.length : 1));
}

export function score(candidate: TermStats, words: readonly QueryWord[], stats: CorpusStats): number {
  let total = 0;
  words.forEach((word, w) => {
    let frequency = 0;
    for (const key of word.keys) {
      const tf = candidate.tf[key];
      if (!tf) continue;
      let weighted = 0;
      tf.forEach((count, f) => {
        const norm = 1 - B + (B * (candidate.len[f] ?? 0)) / stats.averageLength[f]!;
        weighted += (FIELD_WEIGHTS[f]! * count) / norm;
      });
      frequency = Math.max(frequency, weighted);
    }
    if (frequency === 0) return;
    const df = stats.documentFrequency[w]!;
    const idf = Math.log(1 + (stats.documents - df + 0.5) / (df + 0.5));
    total += (idf * frequency * (K1 + 1)) / (frequency + K1);
  });
  return total;
}
