import { expect, test, type Page } from './fixtures';
import { readFileSync } from 'node:fs';
import { drawnPixels, openExplorer, saveScreenshot, shownRelations, waitForLayout } from './helpers';

const LES_MISERABLES = 'tests/fixtures/networks/les-miserables.gexf';

/** Drops a file on the page the way a browser does: a drop event carrying a DataTransfer. */
async function dropFile(page: Page, name: string, content: string, type: string): Promise<void> {
  const transfer = await page.evaluateHandle(
    ({ name, content, type }) => {
      const data = new DataTransfer();
      data.items.add(new File([content], name, { type }));
      return data;
    },
    { name, content, type },
  );
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
}

/** A GEXF of `nodes` nodes and `edges` edges, made at test time (tens of MB: not kept in the repository). */
function largeGexf(nodes: number, edges: number): Buffer {
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n<graph defaultedgetype="directed">\n<nodes>\n',
  ];
  for (let i = 0; i < nodes; i++)
    parts.push(
      `<node id="n${i}" label="Actor ${i}"><attvalues><attvalue for="kind" value="person"/></attvalues></node>\n`,
    );
  parts.push('</nodes>\n<edges>\n');
  for (let i = 0; i < edges; i++)
    parts.push(`<edge id="e${i}" source="n${i % nodes}" target="n${(i * 7919 + 1) % nodes}" label="knows"/>\n`);
  parts.push('</edges>\n</graph>\n</gexf>\n');
  return Buffer.from(parts.join(''));
}

test.describe('opening and exporting networks', () => {
  test('dropping a GEXF file shows the new network', async ({ page }) => {
    await openExplorer(page);
    await dropFile(page, 'les-miserables.gexf', readFileSync(LES_MISERABLES, 'utf8'), 'application/xml');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/les-miserables/i);
    await waitForLayout(page);
    expect(await shownRelations(page)).toBe(254);
    const withEdges = await drawnPixels(page);
    expect(withEdges).toBeGreaterThan(3000);
    await expect(page.getByRole('status', { name: 'Notices' })).toContainText('77 actors, 254 relations');
    await saveScreenshot(page, 'imported-les-miserables');
    // The lines themselves must be drawn, not only the dots.
    await page
      .getByRole('button', { name: /^None of the/ })
      .first()
      .click();
    await page.waitForTimeout(300);
    expect(await drawnPixels(page)).toBeLessThan(withEdges - 500);
  });

  test('a file that is not a graph is refused with a message and the network stays', async ({ page }) => {
    await openExplorer(page);
    const before = await shownRelations(page);
    const pixelsBefore = await drawnPixels(page);
    await page.getByLabel('Open network').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello": "world", "items": [1, 2, 3]}'),
    });
    await expect(page.getByRole('alert')).toContainText('notes.json');
    expect(await shownRelations(page)).toBe(before);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Petro network');
    await saveScreenshot(page, 'import-refused');
    // The alert takes some height from the graph, so the same network draws a little smaller.
    expect(await drawnPixels(page)).toBeGreaterThan(pixelsBefore * 0.6);
    await saveScreenshot(page, 'import-refused');
  });

  test('a truncated GEXF file names the problem', async ({ page }) => {
    await openExplorer(page);
    const text = readFileSync(LES_MISERABLES, 'utf8');
    await page.getByLabel('Open network').setInputFiles({
      name: 'broken.gexf',
      mimeType: 'application/xml',
      buffer: Buffer.from(text.slice(0, Math.floor(text.length / 2))),
    });
    await expect(page.getByRole('alert')).toContainText('broken.gexf');
    // Read in the worker, placed as the page's own parser would place it.
    await expect(page.getByRole('alert')).toContainText(/broken\.gexf: line \d+, column \d+: malformed XML: /);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Petro network');
  });

  test('a large file shows its progress, and Cancel keeps the current network', async ({ page }) => {
    await openExplorer(page);
    const before = await shownRelations(page);
    await page
      .getByLabel('Open network')
      .setInputFiles({ name: 'large.gexf', mimeType: 'application/xml', buffer: largeGexf(60_000, 180_000) });
    const progress = page.getByRole('status', { name: 'Opening network' });
    await expect(progress).toBeVisible();
    await expect(progress).toContainText('large.gexf');
    await expect(page.getByRole('progressbar', { name: 'Opening network' })).toBeVisible();
    // The page answers while the worker parses (parsing this file in the page froze it for over 10 s).
    const started = Date.now();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(Date.now() - started).toBeLessThan(3_000);
    await saveScreenshot(page, 'import-progress');
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await expect(progress).toBeHidden();
    await expect(page.getByRole('status', { name: 'Notices' })).toContainText(
      'Opening large.gexf was cancelled; the current network is unchanged.',
    );
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Petro network');
    // Nothing arrives later from the stopped reader.
    await page.waitForTimeout(3_000);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Petro network');
    expect(await shownRelations(page)).toBe(before);
    await expect(page.getByLabel('Open network')).toBeEnabled();
  });

  test('exporting a PNG gives a real image', async ({ page }) => {
    await openExplorer(page);
    await page.getByRole('button', { name: 'Export' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /PNG image/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.png$/);
    const bytes = readFileSync((await file.path())!);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    const size = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      return { width: image.width, height: image.height };
    }, bytes.toString('base64'));
    expect(size.width).toBeGreaterThan(300);
    expect(size.height).toBeGreaterThan(300);
  });

  test('an exported bundle opens again with the same network', async ({ page }) => {
    await openExplorer(page);
    const count = await shownRelations(page);
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('radio', { name: 'Everything' }).check();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /JSON bundle/ }).click();
    const file = await download;
    const path = (await file.path())!;
    await page
      .getByLabel('Open network')
      .setInputFiles({ name: file.suggestedFilename(), mimeType: 'application/json', buffer: readFileSync(path) });
    await waitForLayout(page);
    expect(await shownRelations(page)).toBe(count);
    await page.getByRole('table', { name: 'Relations' }).getByRole('row').nth(1).click();
    await expect(page.getByRole('region', { name: 'Evidence' }).locator('blockquote').first()).toBeVisible();
  });
});
