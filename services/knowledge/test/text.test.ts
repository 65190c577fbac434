import { analyseQuery, keysOf, tokenize } from '../src/domain/text/analysis';
import { plainText } from '../src/domain/text/markdown';
import { buildSearchIndex } from '../src/domain/text/searchIndex';
import { buildSnippet, snippetHtml } from '../src/domain/text/snippet';

const key = (word: string) => keysOf(word)[0];
/** Whether the two words (as typed, any case) share a search key. */
const sameKey = (a: string, b: string) => tokenize(a)[0]!.keys.some((k) => tokenize(b)[0]!.keys.includes(k));

describe('French text analysis', () => {
  it('stems like Snowball French (examples of the Snowball reference vocabulary)', () => {
    const expected: Record<string, string> = {
      continua: 'continu', continuait: 'continu', continuation: 'continu', continuellement: 'continuel', continuité: 'continu',
      contorsions: 'contors', contractions: 'contract', contradictoirement: 'contradictoir', maintenaient: 'mainten',
      maintenant: 'mainten', majestueusement: 'majestu', majorité: 'major', maladroitement: 'maladroit',
    };
    for (const [word, stem] of Object.entries(expected)) expect([word, key(word)]).toEqual([word, stem]);
  });

  it('gives a plural the key of its singular', () => {
    for (const [plural, singular] of [
      ['énergies', 'énergie'], ['territoires', 'territoire'], ['vélos', 'vélo'], ['élus', 'élu'], ['enjeux', 'enjeu'],
      ['eaux', 'eau'], ['cantines', 'cantine'], ['réseaux', 'réseau'], ['haies', 'haie'], ['citoyennes', 'citoyen'],
    ]) expect([plural, sameKey(plural!, singular!)]).toEqual([plural, true]);
  });

  it('is accent- and case-insensitive', () => {
    for (const [a, b] of [['mobilité', 'mobilite'], ['Énergie', 'energie'], ['créées', 'creees'], ['RÉNOVATION', 'renovation'], ['cœur', 'coeur']]) {
      expect([a, b, sameKey(a!, b!)]).toEqual([a, b, true]);
    }
    expect(sameKey('mobilités', 'MOBILITE')).toBe(true);
  });

  it('ignores stop words, elisions and single letters', () => {
    const query = analyseQuery("la rénovation de l'école et des logements");
    expect(query.words.map((w) => w.word)).toEqual(['rénovation', 'école', 'logements']);
    expect(query.ignored).toEqual(['la', 'de', 'l', 'et', 'des']);
    expect(analyseQuery('le la les').words).toEqual([]);
  });

  it('keeps word offsets in the original text', () => {
    const text = 'Les Énergies citoyennes';
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual(['Les', 'Énergies', 'citoyennes']);
  });

  it('indexes term frequencies per field and field lengths', () => {
    const index = buildSearchIndex({ title: 'Vélo et vélos', summary: 'Un vélo', body: '## Le **vélo**\n\n[lien](https://exemple.fr/velo)' });
    expect(index.termStats.tf[key('vélo')!]).toEqual([2, 1, 1]);
    expect(index.termStats.len).toEqual([3, 2, 3]);
    expect(index.terms).toContain(key('vélo'));
  });

  it('reduces Markdown to its words', () => {
    expect(plainText('## Titre\n\n- **gras** et [lien](https://x.fr)\n1. un')).toBe('Titre gras et lien un');
  });

  it('builds a snippet around the matches, highlighted and HTML-escaped', () => {
    const text = `${'Introduction sans intérêt. '.repeat(10)}Les vélos <électriques> changent les trajets du quotidien. ${'Conclusion. '.repeat(10)}`;
    const keys = new Set(keysOf('vélo'));
    const snippet = buildSnippet(text, keys, 12);
    expect(snippet.text.startsWith('… ')).toBe(true);
    expect(snippet.highlights).toHaveLength(1);
    const h = snippet.highlights[0]!;
    expect(snippet.text.slice(h.start, h.start + h.length)).toBe('vélos');
    expect(snippetHtml(snippet)).toContain('<mark>vélos</mark> &lt;électriques&gt;');
  });
});
