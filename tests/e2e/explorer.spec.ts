import { expect, test } from './fixtures';
import { addressSettled, drawnPixels, openExplorer, saveScreenshot, shownRelations, waitForLayout } from './helpers';

test.describe('the explorer on the bundled dataset', () => {
  test('draws the network with WebGL', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await openExplorer(page);
    expect(await drawnPixels(page)).toBeGreaterThan(3000);
    await expect(page.getByRole('table', { name: 'Relations' }).locator('caption')).toContainText(
      /\d+ relations shown/,
    );
    expect(errors).toEqual([]);
    await saveScreenshot(page, 'explorer');
  });

  test('unticking relation types shortens the list and removes drawn edges', async ({ page }) => {
    await openExplorer(page);
    const types = page.getByRole('group', { name: 'Relation types' });
    const before = await shownRelations(page);
    const pixelsBefore = await drawnPixels(page);

    await types.getByRole('checkbox', { name: 'Sanctioned', exact: true }).uncheck();
    const afterOne = await shownRelations(page);
    expect(afterOne).toBeLessThan(before);
    await expect(
      page.getByRole('table', { name: 'Relations' }).getByRole('row').filter({ hasText: 'Sanctioned' }),
    ).toHaveCount(0);

    for (const group of ['cooperative', 'hostile', 'structural']) {
      await types.getByRole('button', { name: `None of the ${group} types` }).click();
    }
    await expect(page.getByRole('table', { name: 'Relations' }).locator('caption')).toHaveText(/No relation/);
    await page.waitForTimeout(300);
    const pixelsAfter = await drawnPixels(page);
    expect(pixelsAfter).toBeLessThan(pixelsBefore * 0.8);
    await saveScreenshot(page, 'no-relations');
  });

  test('searching by alias, without accents, selects the actor', async ({ page }) => {
    await openExplorer(page);
    const search = page.getByRole('combobox', { name: 'Search actors' });
    await search.fill('gulf clan');
    await expect(page.getByRole('option', { name: /Clan del Golfo/ })).toBeVisible();
    await search.press('Enter');
    await expect(
      page.getByRole('region', { name: 'Actor' }).getByRole('heading', { name: 'Clan del Golfo' }),
    ).toBeVisible();
    // The address follows just after the frame that shows the selection.
    await expect(page).toHaveURL((url) => url.searchParams.get('actor') === 'clan-del-golfo');

    await search.fill('marquez');
    await page.getByRole('option', { name: /Francia Márquez/ }).click();
    await expect(
      page.getByRole('region', { name: 'Actor' }).getByRole('heading', { name: 'Francia Márquez' }),
    ).toBeVisible();
    await saveScreenshot(page, 'actor-panel');
  });

  test('a selected relation shows quotes that are in their source, highlighted in the reader', async ({
    page,
    request,
  }) => {
    await openExplorer(page);
    await page.getByRole('table', { name: 'Relations' }).getByRole('row').nth(1).click();
    const evidence = page.getByRole('region', { name: 'Evidence' });
    await expect(evidence).toBeVisible();
    const quote = (await evidence.locator('blockquote').first().innerText()).trim();
    expect(quote.length).toBeGreaterThanOrEqual(20);

    await expect(page).toHaveURL(/[?&]relation=/);
    const relationId = new URL(page.url()).searchParams.get('relation');
    const relations = (await (await request.get('graph-data/relations.json')).json()) as {
      id: string;
      evidence: { document: string }[];
    }[];
    const documentId = relations.find((r) => r.id === relationId)!.evidence[0].document;
    const sourceText = await (await request.get(`graph-data/sources/${documentId}.txt`)).text();
    expect(sourceText).toContain(quote);

    await evidence.getByRole('button', { name: 'Show in source' }).first().click();
    const reader = page.getByRole('dialog');
    await expect(reader).toBeVisible();
    // Every quote of the document is marked; the one we came from is the current one.
    const mark = reader.locator('mark[aria-current="true"]');
    await expect(mark.first()).toBeInViewport();
    expect((await mark.allTextContents()).join('')).toBe(quote);
    await saveScreenshot(page, 'source-reader');

    await reader.getByRole('button', { name: 'Close source' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('a copied URL restores the same view, and back/forward walk through it', async ({ page, context }) => {
    await openExplorer(page);
    await page
      .getByRole('group', { name: 'Relation types' })
      .getByRole('checkbox', { name: 'Member of', exact: true })
      .uncheck();
    await page.getByRole('table', { name: 'Relations' }).getByRole('row').nth(2).click();
    const quote = await page.getByRole('region', { name: 'Evidence' }).locator('blockquote').first().innerText();
    const count = await shownRelations(page);
    await addressSettled(page);
    const url = page.url();

    const second = await context.newPage();
    await second.goto(url);
    await waitForLayout(second);
    await expect(second.getByRole('checkbox', { name: 'Member of', exact: true })).not.toBeChecked();
    expect(await shownRelations(second)).toBe(count);
    await expect(second.getByRole('region', { name: 'Evidence' }).locator('blockquote').first()).toHaveText(quote);

    await page.goBack();
    await expect(page.getByRole('region', { name: 'Evidence' })).toHaveCount(0);
    await page.goForward();
    await expect(page.getByRole('region', { name: 'Evidence' })).toBeVisible();
  });

  test('a nonsense URL shows a notice and still the network', async ({ page }) => {
    await openExplorer(page, '?hide=teleported,met&actor=nobody&relation=%3Cscript%3E&zzz=1');
    const notices = page.getByRole('status', { name: 'Notices' });
    await expect(notices).toContainText('“teleported”');
    await expect(notices).toContainText('“nobody”');
    await expect(page.getByRole('checkbox', { name: 'Met', exact: true })).not.toBeChecked();
    expect(await drawnPixels(page)).toBeGreaterThan(3000);
    await saveScreenshot(page, 'url-notice');
  });
});

test.describe('the keyboard path', () => {
  test('a relation chosen with the keyboard opens its evidence, and closing it gives focus back to the row', async ({
    page,
  }) => {
    await openExplorer(page);
    const table = page.getByRole('table', { name: 'Relations' });
    await table.locator('tbody tr').first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const evidence = page.getByRole('region', { name: 'Evidence' });
    await expect(evidence).toBeVisible();
    const row = page.locator(':focus');
    const focusedText = await row.innerText();
    await evidence.getByRole('button', { name: /close/i }).first().click();
    await expect(evidence).toBeHidden();
    await expect(page.locator(':focus')).toHaveText(focusedText);
  });

  test('an actor reached from the search box and the actors list, without the canvas', async ({ page }) => {
    await openExplorer(page);
    await page.getByRole('combobox', { name: 'Search actors' }).fill('petro');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: 'Actor' })).toContainText('Gustavo Petro');
    await page.getByRole('tab', { name: 'Actors' }).focus();
    await page.keyboard.press('Enter');
    const table = page.getByRole('table', { name: 'Actors' });
    await expect(table).toBeVisible();
    await table.locator('tbody tr').first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    // The second row by betweenness, whoever it is, is now the actor shown.
    const second = await table.locator('tbody tr').nth(1).locator('td').first().innerText();
    await expect(page.getByRole('region', { name: 'Actor' }).getByRole('heading', { level: 3 }).first()).toHaveText(
      second,
    );
  });
});
