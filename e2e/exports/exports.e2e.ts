// The open-data exports through a whole stack on the demo data: the catalogue, each dataset in CSV and
// JSON against what the GraphQL API answers for the same filter, paging (a page of 2 rows here),
// parameters refused with a 400 naming them, the caller's rights and rate limit.
import { graphql } from '@fabrique/kit/testing';
import { readOperations } from '@fabrique/gateway';
import { csvObjects } from '../harness/csv';
import { bearer, sleep } from '../harness/http';
import { TEST_ADMIN_TOKEN, useStack } from '../harness/stack';

const PAGE_SIZE = 2;
const BOM = '\uFEFF';

interface Download {
  status: number;
  headers: Headers;
  text: string;
}

async function download(url: string, headers: Record<string, string> = {}): Promise<Download> {
  const response = await fetch(url, { headers });
  // Decoded keeping a byte order mark (Response.text() drops it).
  const text = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true }).decode(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, text };
}

/** A CSV export's rows (checks the BOM and that every record has the header's fields). */
function rowsOf(file: Download) {
  expect(file.status).toBe(200);
  expect(file.text.startsWith(BOM)).toBe(true);
  return csvObjects(file.text.slice(BOM.length));
}

/** Every node of a connection read through the API, 100 at a time. */
async function allNodes(url: string, query: string, variables: Record<string, unknown>, list: (data: any) => any, headers: Record<string, string> = {}) {
  const nodes: any[] = [];
  let after: string | null = null;
  do {
    const res = await graphql(url, query, { ...variables, first: 100, after }, headers);
    expect(res.errors).toBeUndefined();
    const page = list(res.data);
    nodes.push(...page.nodes);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

const operation = (file: string, name: string) => readOperations(`exports/${file}`)[name]!;

/** A sample of the gateway's Prometheus metrics (0 when absent). */
async function metric(metricsUrl: string, series: string): Promise<number> {
  const text = await (await fetch(`${metricsUrl}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

/** How many times the gateway ran an operation (its Prometheus counter). */
const operationsRun = (metricsUrl: string, name: string) => metric(metricsUrl, `fabrique_gateway_operations_total{operation="${name}",type="query"}`);

describe('open-data exports', () => {
  const stack = useStack({ seed: true, gateway: { exportPageSize: PAGE_SIZE } });
  const exportUrl = (path: string) => `${stack.url}/exports/${path}`;

  it('lists the four datasets with their columns (Table Schema), licence, provenance, operation and URLs', async () => {
    const res = await fetch(exportUrl(''));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    const catalogue: any = await res.json();
    expect(catalogue.licenses).toEqual([expect.objectContaining({ name: 'etalab-2.0', path: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/' })]);
    expect(catalogue.licenses[0].title).toContain('Licence Ouverte');
    expect(catalogue.provenance).toEqual({ source: 'La Fabrique des transitions — API', api: '/graphql', apiVersion: expect.stringMatching(/^v\d+$/), generatedAt: expect.any(String) });
    expect(Math.abs(Date.parse(catalogue.provenance.generatedAt) - Date.now())).toBeLessThan(60_000);
    expect(catalogue.resources.map((r: any) => r.name)).toEqual(['experiences', 'conventions', 'territories-engagement', 'programmes']);
    for (const resource of catalogue.resources) {
      expect(resource.urls).toEqual({ csv: `/exports/${resource.name}.csv`, json: `/exports/${resource.name}.json` });
      expect(resource.schema.fields.length).toBeGreaterThan(5);
      for (const field of resource.schema.fields) {
        expect(field).toEqual({ name: expect.stringMatching(/^[a-z_]+$/), type: expect.stringMatching(/^(string|integer|number|boolean|date|datetime)$/), description: expect.any(String) });
      }
      // The operation behind it is a registered one, in the file named.
      const file = resource.operation.file.replace('gateway/operations/', '');
      expect(readOperations(file)[resource.operation.name]).toBeDefined();
    }
    const conventions = catalogue.resources.find((r: any) => r.name === 'conventions');
    expect(conventions.parameters).toContainEqual(expect.objectContaining({ name: 'statuses', list: true, values: ['IN_PREPARATION', 'SIGNED', 'ACTIVE', 'ENDED', 'TERMINATED'] }));
    expect(conventions.schema.fields.map((f: any) => f.name)).toEqual(expect.arrayContaining(['territory_code', 'territory_level', 'territory_name']));
    expect((await fetch(`${stack.url}/exports`)).status).toBe(200);
  });

  it('exports the published experiences as CSV, page by page, as the API lists them', async () => {
    const before = await operationsRun(stack.metricsUrl, 'ExportExperiences');
    const file = await download(exportUrl('experiences.csv'));
    expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(file.headers.get('content-disposition')).toBe('attachment; filename="experiences.csv"');
    expect(file.headers.get('link')).toBe('<https://www.etalab.gouv.fr/licence-ouverte-open-licence/>; rel="license", </exports/>; rel="describedby"');
    const { header, rows } = rowsOf(file);
    const catalogue: any = await (await fetch(exportUrl(''))).json();
    expect(header).toEqual(catalogue.resources[0].schema.fields.map((f: any) => f.name));

    const pagesRun = (await operationsRun(stack.metricsUrl, 'ExportExperiences')) - before;
    const api = await allNodes(stack.graphqlUrl, operation('ExportExperiences.graphql', 'ExportExperiences'), {}, (d) => d.experiences);
    expect(api.length).toBeGreaterThan(PAGE_SIZE * 3);
    expect(rows.map((r) => r.id)).toEqual(api.map((e) => e.id));
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(rows.every((r) => r.status === 'PUBLISHED')).toBe(true);
    // One operation per page of PAGE_SIZE rows: the rows came from many pages.
    expect(pagesRun).toBe(Math.ceil(api.length / PAGE_SIZE));

    // The test stack holds the communes of the Puy-de-Dôme only: the API answers null territories for
    // the experiences elsewhere, and so does the export.
    const territories = (e: any) => (e.territories ?? []) as Array<Record<string, string>>;
    expect(api.some((e) => territories(e).length > 0)).toBe(true);
    for (const experience of api.slice(0, 5)) {
      const row = rows.find((r) => r.id === experience.id)!;
      expect(row.title).toBe(experience.title.replace(/^([=+\-@])/, "'$1"));
      expect(row.publisher_name).toBe(experience.publisher?.name ?? '');
      expect(row.published_at).toBe(experience.publishedAt);
      expect(row.territory_code).toBe(territories(experience).map((t) => t.code).join(' | '));
      expect(row.territory_level).toBe(territories(experience).map((t) => t.level).join(' | '));
      expect(row.territory_name).toBe(territories(experience).map((t) => t.name).join(' | '));
      expect(row.theme_ids).toBe(experience.themes.map((t: any) => t.id).join(' | '));
    }
  });

  it('serves the same rows as a JSON array of objects with the same columns', async () => {
    const [csvFile, jsonFile] = await Promise.all([download(exportUrl('experiences.csv?territory=DEPARTEMENT:63')), download(exportUrl('experiences.json?territory=DEPARTEMENT:63'))]);
    expect(jsonFile.status).toBe(200);
    expect(jsonFile.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const objects = JSON.parse(jsonFile.text);
    const { header, rows } = rowsOf(csvFile);
    expect(objects.length).toBe(rows.length);
    expect(Object.keys(objects[0])).toEqual(header);
    expect(objects.map((o: any) => o.id)).toEqual(rows.map((r) => r.id));
    expect(typeof objects[0].title).toBe('string');
  });

  it('filters experiences by territory (everything inside it) and theme as the API does', async () => {
    const query = operation('ExportExperiences.graphql', 'ExportExperiences');
    for (const [search, filter] of [
      ['territory=DEPARTEMENT:63', { territory: 'DEPARTEMENT:63' }],
      ['theme=energie', { theme: 'energie' }],
      ['territory=COMMUNE:63113&theme=energie', { territory: 'COMMUNE:63113', theme: 'energie' }],
    ] as const) {
      const { rows } = rowsOf(await download(exportUrl(`experiences.csv?${search}`)));
      const api = await allNodes(stack.graphqlUrl, query, { filter }, (d) => d.experiences);
      expect({ search, ids: rows.map((r) => r.id) }).toEqual({ search, ids: api.map((e) => e.id) });
    }
    const all = rowsOf(await download(exportUrl('experiences.csv'))).rows;
    const inside = rowsOf(await download(exportUrl('experiences.csv?territory=DEPARTEMENT:63'))).rows;
    expect(inside.length).toBeGreaterThan(0);
    expect(inside.length).toBeLessThan(all.length);
  });

  it('exports conventions with the API\'s filters (statuses, territory), territory parties by code, level and name', async () => {
    const query = operation('ExportConventions.graphql', 'ExportConventions');
    const { rows: all } = rowsOf(await download(exportUrl('conventions.csv')));
    const api = await allNodes(stack.graphqlUrl, query, {}, (d) => d.conventions);
    expect(all.map((r) => r.id)).toEqual(api.map((c) => c.id));
    expect(api.length).toBeGreaterThan(0);
    const first = api[0];
    const row = all.find((r) => r.id === first.id)!;
    const territories = first.parties.filter((p: any) => p.actor?.__typename === 'Territory').map((p: any) => p.actor);
    expect(row).toMatchObject({
      title: first.title,
      status: first.status,
      signed_on: first.signedOn ?? '',
      territory_code: territories.map((t: any) => t.code).join(' | '),
      territory_level: territories.map((t: any) => t.level).join(' | '),
      territory_name: territories.map((t: any) => t.name).join(' | '),
      commitment_count: String(first.commitments.length),
    });
    for (const [search, variables] of [
      ['statuses=SIGNED,ACTIVE', { statuses: ['SIGNED', 'ACTIVE'] }],
      ['statuses=SIGNED&statuses=ACTIVE&territory=DEPARTEMENT:63', { statuses: ['SIGNED', 'ACTIVE'], territory: 'DEPARTEMENT:63' }],
      ['territory=REGION:11', { territory: 'REGION:11' }],
      ['signedFrom=2021-01-01', { signed: { from: '2021-01-01' } }],
      ['inForceFrom=2020-01-01&inForceTo=2030-12-31', { inForce: { from: '2020-01-01', to: '2030-12-31' } }],
    ] as const) {
      const { rows } = rowsOf(await download(exportUrl(`conventions.csv?${search}`)));
      const listed = await allNodes(stack.graphqlUrl, query, variables, (d) => d.conventions);
      expect({ search, ids: rows.map((r) => r.id) }).toEqual({ search, ids: listed.map((c) => c.id) });
    }
    // The date ranges do restrict: the demo data has conventions in preparation, never signed.
    const signed = rowsOf(await download(exportUrl('conventions.csv?signedFrom=2000-01-01'))).rows;
    expect(signed.length).toBeGreaterThan(0);
    expect(signed.length).toBeLessThan(all.length);
    expect(signed.every((r) => (r.signed_on ?? '') >= '2000-01-01')).toBe(true);
  });

  it('exports one row per territory with its engagement counts, inside a territory and of a level', async () => {
    const { rows } = rowsOf(await download(exportUrl('territories-engagement.csv?territory=REGION:84')));
    const departements = await allNodes(
      stack.graphqlUrl,
      'query($first: Int, $after: String) { territories(filter: { level: DEPARTEMENT, within: "REGION:84" }, first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }',
      {},
      (d) => d.territories,
    );
    expect(rows.length).toBe(departements.length);
    expect(rows.length).toBeGreaterThan(PAGE_SIZE);
    expect(rows.map((r) => r.territory_id)).toEqual(departements.map((t) => t.id));
    const puyDeDome = rows.find((r) => r.territory_id === 'DEPARTEMENT:63')!;
    const api = await graphql(
      stack.graphqlUrl,
      `{ territory(id: "DEPARTEMENT:63") { population memberships { role } conventions(first: 0) { totalCount }
         active: conventions(filter: { statuses: [ACTIVE] }, first: 0) { totalCount } experiences(first: 0) { totalCount } enrolments(first: 0) { totalCount } } }`,
    );
    const t = api.data.territory;
    expect(puyDeDome).toMatchObject({
      territory_code: '63',
      territory_level: 'DEPARTEMENT',
      territory_name: 'Puy-de-Dôme',
      parent_code: '84',
      parent_level: 'REGION',
      parent_name: 'Auvergne-Rhône-Alpes',
      population: String(t.population),
      alliance_member: String(t.memberships.length > 0),
      convention_count: String(t.conventions.totalCount),
      convention_active_count: String(t.active.totalCount),
      experience_count: String(t.experiences.totalCount),
      enrolment_count: String(t.enrolments.totalCount),
    });
    expect(Number(puyDeDome.experience_count)).toBeGreaterThan(0);
    const epcis = rowsOf(await download(exportUrl('territories-engagement.csv?level=EPCI&territory=DEPARTEMENT:63'))).rows;
    expect(epcis.length).toBeGreaterThan(5);
    expect(epcis.every((r) => r.territory_level === 'EPCI' && /^\d{9}$/.test(r.territory_code ?? ''))).toBe(true);
  });

  it('exports the programmes\' cohorts with their fill, as the API reads them', async () => {
    const { rows } = rowsOf(await download(exportUrl('programmes.csv')));
    const cohorts = await allNodes(stack.graphqlUrl, operation('ExportProgrammes.graphql', 'ExportProgrammes'), {}, (d) => d.cohorts);
    expect(rows.map((r) => r.cohort_id)).toEqual(cohorts.map((c) => c.id));
    const cohort = cohorts[0];
    expect(rows[0]).toMatchObject({
      programme_kind: cohort.programme.kind,
      cohort_name: cohort.name,
      capacity: String(cohort.capacity),
      enrolled_count: String(cohort.enrolledCount),
      seats_left: String(cohort.seatsLeft),
      fill_rate: String(cohort.fillRate),
    });
    // Which territories hold a seat is the API's to tell: the columns hold those it shows the caller.
    const shown = (enrolments: any[]) => enrolments.filter((e) => e.territory).map((e) => e.territory.code).join(' | ');
    expect(rows[0]!.enrolled_territory_code).toBe(shown(cohort.enrolments));
    const staffRows = rowsOf(await download(exportUrl('programmes.csv'), bearer(TEST_ADMIN_TOKEN))).rows;
    const staffCohorts = await allNodes(stack.graphqlUrl, operation('ExportProgrammes.graphql', 'ExportProgrammes'), {}, (d) => d.cohorts, bearer(TEST_ADMIN_TOKEN));
    expect(staffRows[0]!.enrolled_territory_code).toBe(shown(staffCohorts[0].enrolments));
    expect(staffRows[0]!.waitlist_count).toBe(String(staffCohorts[0].waitlist.totalCount));
    const pilot = rowsOf(await download(exportUrl('programmes.csv?programme=PILOT_COHORT'))).rows;
    expect(pilot.every((r) => r.programme_kind === 'PILOT_COHORT')).toBe(true);
    expect(rowsOf(await download(exportUrl('programmes.csv?programme=INITIATION_DAY'))).rows.every((r) => r.programme_kind === 'INITIATION_DAY')).toBe(true);
  });

  it('refuses an unknown parameter or a bad value with a 400 naming it, and passes on the API\'s own refusal', async () => {
    const cases: Array<[string, string, number, string]> = [
      ['experiences.csv?colour=green', 'colour', 400, 'BAD_USER_INPUT'],
      ['conventions.csv?statuses=SIGNED,NOPE', 'statuses', 400, 'BAD_USER_INPUT'],
      ['territories-engagement.json?level=CANTON', 'level', 400, 'BAD_USER_INPUT'],
      ['conventions.csv?territory=', 'territory', 400, 'BAD_USER_INPUT'],
      ['programmes.csv?programme=PILOT_COHORT&programme=INITIATION_DAY', 'programme', 400, 'BAD_USER_INPUT'],
      ['programmes.csv?territory=DEPARTEMENT:63', 'territory', 400, 'BAD_USER_INPUT'],
      // Checked by the API itself: a malformed territory id.
      ['conventions.csv?territory=nowhere', 'territory', 400, 'BAD_USER_INPUT'],
      ['conventions.csv?signedFrom=2021-02-30', 'signedFrom', 400, 'BAD_USER_INPUT'],
      ['experiences.json?territory=nowhere', 'territory', 400, 'BAD_USER_INPUT'],
      ['territories-engagement.csv?territory=nowhere', 'territory', 400, 'BAD_USER_INPUT'],
    ];
    for (const [path, parameter, status, code] of cases) {
      const res = await download(exportUrl(path));
      expect({ path, status: res.status, type: res.headers.get('content-type') }).toEqual({ path, status, type: 'application/json; charset=utf-8' });
      const body = JSON.parse(res.text);
      expect({ path, code: body.error.code, parameter: body.error.parameter }).toEqual({ path, code, parameter });
      expect(body.error.message).toEqual(expect.any(String));
    }
    expect((await download(exportUrl('experiences.xlsx'))).status).toBe(404);
  });

  it('exports only what the caller may read: drafts for staff, none for an anonymous caller, 401 for a bad token', async () => {
    const anonymous = rowsOf(await download(exportUrl('experiences.csv?statuses=DRAFT,SUBMITTED'))).rows;
    expect(anonymous).toEqual([]);
    const staff = rowsOf(await download(exportUrl('experiences.csv?statuses=DRAFT,SUBMITTED'), bearer(TEST_ADMIN_TOKEN))).rows;
    expect(staff.length).toBeGreaterThan(0);
    expect(new Set(staff.map((r) => r.status))).toEqual(new Set(['DRAFT', 'SUBMITTED']));
    const refused = await download(exportUrl('experiences.csv'), bearer('not-a-real-token-but-long-enough-0123456789'));
    expect(refused.status).toBe(401);
    expect(JSON.parse(refused.text).error.code).toBe('UNAUTHENTICATED');
  });

  it('counts each page against the caller\'s rate limit: the export stops at the limit, the next one is refused with 429', async () => {
    const limited = await stack.startGateway({ exportPageSize: 1, rateLimitRequests: 3, rateLimitWindowSeconds: 60 });
    const url = `${limited.url}/exports/experiences.csv`;
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-ratelimit-limit')).toBe('3');
    // Three pages of one row, then the fourth page is refused: the connection is cut, not ended as if whole.
    await expect(response.text()).rejects.toThrow();
    const refused = await download(url);
    expect(refused.status).toBe(429);
    expect(JSON.parse(refused.text).error.code).toBe('RATE_LIMITED');
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('stops asking for pages when the client leaves', async () => {
    const slow = await stack.startGateway({ exportPageSize: 1, rateLimitRequests: 0 });
    const controller = new AbortController();
    const response = await fetch(`${slow.url}/exports/experiences.csv`, { signal: controller.signal });
    const reader = response.body!.getReader();
    await reader.read();
    controller.abort();
    // Once the export has stopped (its gauge back at 0; it was cut mid-file, so it stops of itself only
    // if it noticed), no page is asked again. Waiting on the gauge, not a fixed delay: a busy machine
    // may take longer than any delay to notice the client left.
    const deadline = Date.now() + 10_000;
    while ((await metric(slow.metricsUrl, 'fabrique_gateway_exports_running')) > 0 && Date.now() < deadline) await sleep(50);
    expect(await metric(slow.metricsUrl, 'fabrique_gateway_exports_running')).toBe(0);
    const run = await operationsRun(slow.metricsUrl, 'ExportExperiences');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await operationsRun(slow.metricsUrl, 'ExportExperiences')).toBe(run);
    const total = rowsOf(await download(`${stack.url}/exports/experiences.csv`)).rows.length;
    expect(run).toBeLessThan(total);
  });

  it('answers HEAD with the headers GET starts with after one page, no file; POST with 405', async () => {
    const before = await operationsRun(stack.metricsUrl, 'ExportExperiences');
    const head = await fetch(exportUrl('experiences.csv'), { method: 'HEAD' });
    expect([head.status, head.headers.get('content-type'), await head.text()]).toEqual([200, 'text/csv; charset=utf-8', '']);
    expect(await operationsRun(stack.metricsUrl, 'ExportExperiences')).toBe(before + 1);
    expect((await fetch(exportUrl('experiences.csv?colour=green'), { method: 'HEAD' })).status).toBe(400);
    expect((await fetch(`${stack.url}/exports/`, { method: 'HEAD' })).status).toBe(200);
    const post = await fetch(exportUrl('experiences.csv'), { method: 'POST' });
    expect([post.status, post.headers.get('allow')]).toEqual([405, 'GET, HEAD']);
  });

  it('runs in safelist mode: its operations are registered ones', async () => {
    const safelisted = await stack.startGateway({ safelist: true, exportPageSize: PAGE_SIZE });
    const { rows } = rowsOf(await download(`${safelisted.url}/exports/conventions.csv`));
    expect(rows.length).toBeGreaterThan(0);
    expect((await download(`${safelisted.url}/exports/territories-engagement.json?territory=REGION:84`)).status).toBe(200);
  });
});
