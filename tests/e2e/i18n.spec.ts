/**
 * The explorer in Spanish and English, as a reader sees it: the names assistive technology
 * and the tests rely on, dates and the dataset's own prose in Spanish, no English left on
 * the Spanish page, a language switch that keeps the view, the browser's preference, and
 * the appearance chosen from the page.
 */
import { expect, test, type Page } from './fixtures';
import { readFileSync, readdirSync } from 'node:fs';
import { addressSettled, drawnPixels, openExplorer, saveScreenshot, shownRelations, waitForLayout } from './helpers';

const CATALOGUE = 'src/lib/i18n/messages';

/** Every plain English message (no parameters, no plural) whose Spanish differs. */
function englishOnlyMessages(): string[] {
  const texts: string[] = [];
  for (const area of readdirSync(CATALOGUE)) {
    const en = JSON.parse(readFileSync(`${CATALOGUE}/${area}/en.json`, 'utf8')) as Record<string, unknown>;
    const es = JSON.parse(readFileSync(`${CATALOGUE}/${area}/es.json`, 'utf8')) as Record<string, unknown>;
    for (const [key, value] of Object.entries(en)) {
      if (key === '$schema' || typeof value !== 'string' || value.includes('{')) continue;
      if (value === es[key] || value.length < 4) continue;
      texts.push(value);
    }
  }
  return texts;
}

async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

test.describe('the explorer in Spanish', () => {
  test('?lang=es names every region, control and count in Spanish', async ({ page }) => {
    await openExplorer(page, '?lang=es');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('region', { name: 'Red' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Tipos de relación' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Buscar actores' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Línea de tiempo' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Abrir red' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Exportar' })).toBeVisible();
    const caption = page.getByRole('table', { name: 'Relaciones' }).locator('caption');
    await expect(caption).toHaveText(/^\d+ relaciones mostradas$/);
    await expect(page.getByRole('combobox', { name: 'Idioma' })).toHaveValue('es');
    expect(await drawnPixels(page)).toBeGreaterThan(3000);
    await saveScreenshot(page, 'explorer-es');
  });

  test('dates, the dataset’s prose and the evidence panel are in Spanish; quotes stay as written', async ({
    page,
    request,
  }) => {
    await openExplorer(page, '?lang=es&actor=gustavo-petro');
    const actors = (await (await request.get('graph-data/actors.json')).json()) as {
      id: string;
      translations: { es: { description: string } };
    }[];
    const petro = actors.find((a) => a.id === 'gustavo-petro')!;
    const panel = page.getByRole('region', { name: 'Actor' });
    await expect(panel).toContainText(petro.translations.es.description);

    const table = page.getByRole('table', { name: 'Relaciones' });
    await expect(table).toContainText(
      /de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de 20\d\d/,
    );
    await table.getByRole('row').nth(1).click();
    const evidence = page.getByRole('region', { name: 'Evidencia' });
    await expect(evidence).toBeVisible();
    await expect(evidence).toContainText('Cita en inglés');
    await expect(evidence.getByRole('button', { name: 'Mostrar en la fuente' }).first()).toBeVisible();
    await expect(evidence.locator('blockquote').first()).toHaveAttribute('lang', 'en');
    await saveScreenshot(page, 'evidence-es');
  });

  test('no English message of the catalogue is left on the Spanish page', async ({ page }) => {
    await openExplorer(page, '?lang=es');
    const text = await visibleText(page);
    // Whole words only: "Persona" contains "Person", an actor's name may contain "State".
    const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const leftovers = englishOnlyMessages().filter((message) =>
      new RegExp(`(?<![\\p{L}])${escape(message)}(?![\\p{L}])`, 'u').test(text),
    );
    expect(englishOnlyMessages().length).toBeGreaterThan(100);
    expect(leftovers).toEqual([]);
  });

  test('switching the language keeps the filters, the selection, the time window and the camera', async ({ page }) => {
    await openExplorer(page, '?bench=1&start=2025-01&end=2025-12');
    await page
      .getByRole('group', { name: 'Relation types' })
      .getByRole('checkbox', { name: 'Met', exact: true })
      .uncheck();
    await page.getByRole('table', { name: 'Relations' }).getByRole('row').nth(1).click();
    const quote = await page.getByRole('region', { name: 'Evidence' }).locator('blockquote').first().innerText();
    const count = await shownRelations(page);
    const camera = () =>
      page.evaluate(() =>
        (
          window as unknown as { __petroBench: { sigma: () => { getCamera: () => { getState: () => unknown } } } }
        ).__petroBench
          .sigma()
          .getCamera()
          .getState(),
      );
    const before = await camera();

    await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
    await expect(page.getByRole('checkbox', { name: 'Se reunió', exact: true })).not.toBeChecked();
    await expect(page.getByRole('region', { name: 'Evidencia' }).locator('blockquote').first()).toHaveText(quote);
    await expect(page.getByRole('table', { name: 'Relaciones' }).locator('caption')).toHaveText(
      new RegExp(`^${count} relaciones? mostradas?$`),
    );
    expect(await camera()).toEqual(before);
    await addressSettled(page);
    const url = new URL(page.url());
    expect(url.searchParams.get('lang')).toBe('es');
    expect(url.searchParams.get('start')).toBe('2025-01-01');
    expect(url.searchParams.get('hide')).toBe('met');
  });
});

test.describe('a browser that prefers Colombian Spanish', () => {
  test.use({ locale: 'es-CO' });

  test('opens in Spanish without being asked', async ({ page }) => {
    await openExplorer(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('region', { name: 'Red' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Relaciones' })).toBeVisible();
  });
});

/** A GEXF whose actors fall into three communities, all drawn in the file's one grey. */
function communitiesGexf(): string {
  const nodes: string[] = [];
  const edges: string[] = [];
  for (let i = 0; i < 30; i++) {
    nodes.push(
      `<node id="n${i}" label="Actor ${i}"><attvalues><attvalue for="modularity_class" value="${i % 3}"/></attvalues>` +
        `<viz:color r="120" g="120" b="120"/><viz:size value="12"/><viz:position x="${(i % 6) * 60}" y="${Math.floor(i / 6) * 60}"/></node>`,
    );
    edges.push(`<edge id="e${i}" source="n${i}" target="n${(i + 3) % 30}"/>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
<graph defaultedgetype="undirected">
<attributes class="node"><attribute id="modularity_class" title="modularity_class" type="integer"/></attributes>
<nodes>${nodes.join('')}</nodes><edges>${edges.join('')}</edges></graph></gexf>`;
}

/** How many canvas pixels are drawn close to each of `colours` (CSS rgb() strings), from a screenshot. */
async function pixelsNear(page: Page, colours: string[]): Promise<number[]> {
  const png = await page.getByTestId('sigma-container').screenshot();
  return page.evaluate(
    async ({ base64, colours }) => {
      const targets = colours.map((css) => css.match(/\d+/g)!.slice(0, 3).map(Number));
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      const counts = targets.map(() => 0);
      for (let i = 0; i < data.length; i += 4) {
        targets.forEach(([r, g, b], t) => {
          if (Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) < 24) counts[t]++;
        });
      }
      return counts;
    },
    { base64: png.toString('base64'), colours },
  );
}

test.describe('appearance', () => {
  test('colouring an opened GEXF by its modularity_class changes the legend and the drawn colours', async ({
    page,
  }) => {
    await openExplorer(page);
    await page.getByLabel('Open network').setInputFiles({
      name: 'communities.gexf',
      mimeType: 'application/xml',
      buffer: Buffer.from(communitiesGexf()),
    });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('communities');
    await waitForLayout(page);
    const colourBy = page.getByRole('combobox', { name: 'Colour actors by' });
    await expect(colourBy).toHaveValue('file');
    await expect(page.getByRole('list', { name: 'Actor colour: Colours from the file' })).toBeVisible();

    await colourBy.selectOption('attr:modularity_class');
    const legend = page.getByRole('list', { name: 'Actor colour: modularity_class' });
    await expect(legend.getByRole('listitem')).toHaveCount(3);
    const colours = await legend
      .locator('.dot')
      .evaluateAll((dots) => dots.map((dot) => getComputedStyle(dot).backgroundColor));
    expect(new Set(colours).size).toBe(3);
    await page.waitForTimeout(300);
    const after = await pixelsNear(page, colours);
    // Each community's colour is drawn now; the file drew every actor in one grey.
    for (const count of after) expect(count).toBeGreaterThan(40);
    await colourBy.selectOption('file');
    await page.waitForTimeout(300);
    const back = await pixelsNear(page, colours);
    expect(back.reduce((a, b) => a + b, 0)).toBeLessThan(after.reduce((a, b) => a + b, 0) / 4);
    await colourBy.selectOption('attr:modularity_class');
    await addressSettled(page);
    expect(new URL(page.url()).searchParams.get('color')).toBe('attr:modularity_class');
    await saveScreenshot(page, 'appearance-modularity');
  });
});
