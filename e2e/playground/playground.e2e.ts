import type { Page } from 'playwright-core';
import { demoOrganisationId } from '@fabrique/kit';
import { graphql } from '@fabrique/kit/testing';
import { offlineBrowser, type OfflineBrowser } from '../harness/browser';
import { bearer } from '../harness/http';
import { startStack, TEST_ADMIN_TOKEN, type Stack } from '../harness/stack';

describe('the playground, in a real browser with no internet', () => {
  let stack: Stack;
  let browser: OfflineBrowser;
  let page: Page;
  let blocked: string[];
  let pageErrors: string[];

  beforeAll(async () => {
    stack = await startStack({ seed: true });
    // Offline: anything but the gateway itself is refused (and recorded).
    browser = await offlineBrowser(new URL(stack.url).origin);
    ({ page, blocked, pageErrors } = browser);
    await page.goto(`${stack.url}/playground`);
    await page.locator('.graphiql-container').waitFor({ timeout: 20_000 });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('loads from the gateway alone, with the examples, the explorer and the documentation', async () => {
    await page.getByRole('button', { name: 'Explore a territory' }).waitFor();
    await page.getByRole('button', { name: 'Dashboard overview' }).waitFor();
    await page.getByRole('button', { name: 'Publish an experience (partner)' }).waitFor();
    await page.getByLabel('Show GraphiQL Explorer').waitFor();
    // The first tab is the territory example, with its variables.
    await page.locator('.graphiql-tab-active', { hasText: 'ExploreTerritory' }).waitFor();
    expect(await page.locator('.graphiql-editor-tool .CodeMirror').first().innerText()).toMatch(/"level": "DEPARTEMENT"/);
    expect(blocked).toEqual([]);
  });

  it('browses the documentation of Territory', async () => {
    await showPanel(page, 'Documentation Explorer');
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByRole('combobox').fill('Territory');
    await page.locator('.graphiql-doc-explorer-search [role="option"]', { hasText: /^Territory$/ }).first().click();
    await page.locator('.graphiql-doc-explorer-title', { hasText: /^Territory$/ }).waitFor();
    await docs.getByText('A French local authority area').waitFor();
  });

  it('completes what a developer types from the schema', async () => {
    await page.getByLabel('Add tab').click();
    const editor = page.locator('.graphiql-query-editor .CodeMirror');
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('{ terri');
    const hints = page.locator('.CodeMirror-hints');
    await hints.getByText('territory', { exact: true }).waitFor();
    await hints.getByText('territories', { exact: true }).waitFor();
    await page.keyboard.press('Escape');
    // Back to the territory example.
    await page.locator('.graphiql-tab', { hasText: 'ExploreTerritory' }).click();
  });

  it('runs the example territory query and shows the Puy-de-Dôme in the result pane', async () => {
    await page.getByLabel('Execute query (Ctrl-Enter)').click();
    const result = page.locator('.graphiql-response');
    await result.getByText('Puy-de-Dôme').first().waitFor({ timeout: 20_000 });
    expect(await result.innerText()).toContain('"name": "Puy-de-Dôme"');
    expect(blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('lets a partner paste a token and publish an experience with the example', async () => {
    const issued = await graphql(
      stack.graphqlUrl,
      'mutation($input: IssueApiTokenInput!) { issueApiToken(input: $input) { secret } }',
      { input: { name: 'Collectif (playground)', role: 'PARTNER', organisationId: demoOrganisationId('collectif-transitions-domes') } },
      bearer(TEST_ADMIN_TOKEN),
    );
    const token: string = issued.data.issueApiToken.secret;

    await showPanel(page, 'Examples');
    await page.getByRole('button', { name: 'Publish an experience (partner)' }).click();
    await page.getByLabel('Your API token').fill(token);
    await page.getByRole('button', { name: 'Use in this tab' }).click();
    await page.getByText('Headers', { exact: true }).click();
    await page.locator('.graphiql-editor-tool').getByText(token.slice(0, 20)).first().waitFor();

    await page.getByLabel('Execute query (Ctrl-Enter)').click();
    // Two operations in the tab: GraphiQL asks which one to run.
    await page.getByRole('menuitem', { name: 'CreateExperience' }).click();
    const result = page.locator('.graphiql-response');
    await result.getByText('DRAFT').first().waitFor({ timeout: 20_000 });
    expect(await result.innerText()).toContain('Collectif Transitions Dômes');

    // The id and version of the answer are now the variables of the next step: submit as written.
    const answer = await result.innerText();
    const created = { id: /"id": "([0-9a-f]{24})"/.exec(answer)![1]!, version: Number(/"version": (\d+)/.exec(answer)![1]) };
    await page.getByText('Variables', { exact: true }).click();
    await page.locator('.graphiql-editor-tool').getByText(created.id).first().waitFor({ timeout: 10_000 });
    await page.getByLabel('Execute query (Ctrl-Enter)').click();
    await page.getByRole('menuitem', { name: 'SubmitExperience' }).click();
    await result.getByText('SUBMITTED').first().waitFor({ timeout: 20_000 });
    const submitted = await result.innerText();
    expect(submitted).toContain(`"id": "${created.id}"`);
    expect(submitted).toContain(`"version": ${created.version + 1}`);
    expect(blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

/** Opens a sidebar panel of GraphiQL unless it is open already. */
async function showPanel(page: Page, title: string) {
  const show = page.getByLabel(`Show ${title}`);
  if (await show.count()) await show.click();
  await page.getByLabel(`Hide ${title}`).waitFor();
}
