/**
 * Asking the network, in Chromium on the Petro dataset: how two actors are connected (every
 * hop backed by a quote found verbatim in its source), focus on an actor's neighbourhood,
 * blocs and measures through the appearance, the actors table, allies and adversaries, and
 * two periods compared; each state survives a reload.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { addressSettled, openExplorer, waitForLayout } from './helpers';
import type { Page } from '@playwright/test';

interface Relation {
  id: string;
  source: string;
  target: string;
  evidence: { document: string; quote: string }[];
}
interface Document {
  id: string;
  title: string;
  file: string;
}

const relations = JSON.parse(readFileSync('graph-data/relations.json', 'utf8')) as Relation[];
const documents = JSON.parse(readFileSync('graph-data/documents.json', 'utf8')) as Document[];
const sourceText = new Map(documents.map((d) => [d.title, readFileSync(`graph-data/${d.file}`, 'utf8')]));

type Bench = {
  sigma(): {
    getNodeDisplayData(node: string): { hidden?: boolean; color: string; size: number } | undefined;
    getGraph(): { nodes(): string[] };
  };
};

/** What sigma drew for each node: hidden or not, colour and size. */
async function drawnNodes(page: Page): Promise<Map<string, { hidden: boolean; color: string; size: number }>> {
  const entries = await page.evaluate(() => {
    const sigma = (window as unknown as { __petroBench: Bench }).__petroBench.sigma();
    return sigma
      .getGraph()
      .nodes()
      .map((node) => {
        const data = sigma.getNodeDisplayData(node);
        return [node, { hidden: data?.hidden ?? false, color: data?.color ?? '', size: data?.size ?? 0 }] as const;
      });
  });
  return new Map(entries);
}

async function openTool(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

test.describe('asking the network', () => {
  test('a connection between actors who share no relation shows paths whose every quote is in its source', async ({
    page,
  }) => {
    expect(
      relations.some(
        (r) => new Set([r.source, r.target]).size === 2 && [r.source, r.target].sort().join() === 'china,eln',
      ),
    ).toBe(false);
    await openExplorer(page);
    await openTool(page, /^Connection$/);
    const region = page.getByRole('region', { name: 'Connection' });
    await region.getByRole('combobox', { name: 'From actor' }).fill('China');
    await page
      .getByRole('option', { name: /^China/ })
      .first()
      .click();
    await region.getByRole('combobox', { name: 'To actor' }).fill('ELN');
    await page.getByRole('option', { name: /ELN/ }).first().click();
    await region.getByRole('button', { name: 'Find connections' }).click();
    const paths = region.getByRole('list', { name: 'Connections found' });
    await expect(paths).toBeVisible();
    const first = paths.locator(':scope > li').first();
    const quotes = first.locator('blockquote');
    expect(await quotes.count()).toBeGreaterThan(0);
    for (const quote of await quotes.all()) {
      const text = await quote.locator('p').innerText();
      const footer = await quote.locator('footer').innerText();
      const title = [...sourceText.keys()].find((t) => footer.includes(t));
      expect(title, footer).toBeDefined();
      expect(sourceText.get(title!)!.includes(text), text).toBe(true);
    }
    await addressSettled(page);
    expect(new URL(page.url()).searchParams.get('from')).toBe('china');

    // "Only hostile" changes the answer.
    const before = await paths.innerText();
    await region.getByRole('checkbox', { name: 'Only hostile' }).check();
    await region.getByRole('button', { name: 'Find connections' }).click();
    await expect(async () => {
      const after = (await paths.count()) ? await paths.innerText() : await region.innerText();
      expect(after).not.toBe(before);
    }).toPass();
    await addressSettled(page);
    expect(new URL(page.url()).searchParams.get('paths')).toBe('hostile');

    // It survives a reload.
    await page.reload();
    await waitForLayout(page);
    await expect(
      page.getByRole('region', { name: 'Connection' }).getByRole('checkbox', { name: 'Only hostile' }),
    ).toBeChecked();
    await expect(
      page.getByRole('region', { name: 'Connection' }).getByRole('combobox', { name: 'From actor' }),
    ).toHaveValue('China');
  });

  test('the connection finder works in Spanish, and says when there is none', async ({ page }) => {
    await openExplorer(page, '?lang=es&from=china&to=eln&paths=cooperative&order=dated&tool=connection');
    const region = page.getByRole('region', { name: 'Conexión' });
    await expect(region.getByRole('button', { name: 'Buscar conexiones' })).toBeVisible();
    // With only cooperative steps in date order there is none; the page says what would open one.
    await expect(region.getByRole('status').filter({ hasText: /conexi/ })).toContainText('No hay conexión');
  });

  test('focus depth 1 shows exactly the selected actor and its neighbours, and survives a reload', async ({ page }) => {
    await openExplorer(page, '?bench=1&actor=donald-trump');
    const details = page.getByRole('region', { name: 'Actor' });
    await details.getByRole('checkbox', { name: "Show only this actor's neighbourhood" }).check();
    await expect(details.getByRole('combobox', { name: 'Focus depth' })).toHaveValue('1');
    const neighbours = new Set(['donald-trump']);
    for (const r of relations) {
      if (r.source === 'donald-trump') neighbours.add(r.target);
      if (r.target === 'donald-trump') neighbours.add(r.source);
    }
    await expect(async () => {
      const shown = [...(await drawnNodes(page))].filter(([, d]) => !d.hidden).map(([id]) => id);
      expect(shown.sort()).toEqual([...neighbours].sort());
    }).toPass();
    await details.getByRole('combobox', { name: 'Focus depth' }).selectOption('2');
    await expect(async () => {
      const shown = [...(await drawnNodes(page))].filter(([, d]) => !d.hidden).length;
      expect(shown).toBeGreaterThan(neighbours.size);
    }).toPass();
    await addressSettled(page);
    expect(new URL(page.url()).searchParams.get('focus')).toBe('2');
    await page.reload();
    await waitForLayout(page);
    await expect(
      page.getByRole('region', { name: 'Actor' }).getByRole('combobox', { name: 'Focus depth' }),
    ).toHaveValue('2');
  });

  test('colouring by bloc changes the legend and the drawn colours; sizing by betweenness changes sizes', async ({
    page,
  }) => {
    await openExplorer(page, '?bench=1');
    const before = await drawnNodes(page);
    await page.getByRole('combobox', { name: 'Colour actors by' }).selectOption({ label: 'Bloc' });
    await expect(page.getByRole('region', { name: 'Legend' })).toContainText('Bloc of Gustavo Petro');
    await expect(async () => {
      const after = await drawnNodes(page);
      const changed = [...after].filter(([id, d]) => d.color !== before.get(id)?.color).length;
      expect(changed).toBeGreaterThan(10);
    }).toPass();
    await page.getByRole('combobox', { name: 'Size actors by' }).selectOption({ label: 'Betweenness (brokers)' });
    await expect(async () => {
      const after = await drawnNodes(page);
      const resized = [...after].filter(([id, d]) => Math.abs(d.size - (before.get(id)?.size ?? 0)) > 0.01).length;
      expect(resized).toBeGreaterThan(10);
    }).toPass();
    await addressSettled(page);
    const url = new URL(page.url());
    expect(url.searchParams.get('color')).toBe('bloc');
    expect(url.searchParams.get('size')).toBe('betweenness');
    await page.reload();
    await waitForLayout(page);
    await expect(page.getByRole('combobox', { name: 'Colour actors by' })).toHaveValue('bloc');
  });

  test('the actors table sorts by PageRank and its rows select actors', async ({ page }) => {
    await openExplorer(page, '?list=actors');
    const table = page.getByRole('table', { name: 'Actors' });
    await expect(table).toBeVisible();
    await table.getByRole('columnheader', { name: 'PageRank' }).getByRole('button').click();
    const header = table.getByRole('columnheader', { name: 'PageRank' });
    await expect(header).toHaveAttribute('aria-sort', /ascending|descending/);
    if ((await header.getAttribute('aria-sort')) === 'ascending') await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    const values = await table
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => Number((row.lastElementChild?.textContent ?? '').replace(/[^\d.]/g, ''))),
      );
    expect(values.length).toBeGreaterThan(5);
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeLessThanOrEqual(values[i - 1]);
    await table.locator('tbody tr').first().click();
    await expect(page.getByRole('region', { name: 'Actor' })).toBeVisible();
  });

  test('allies and adversaries of Gustavo Petro list Donald Trump with cooperative and hostile relations', async ({
    page,
  }) => {
    await openExplorer(page, '?actor=gustavo-petro');
    const allies = page.getByRole('region', { name: 'Allies and adversaries' });
    await expect(allies).toBeVisible();
    const trump = allies.getByRole('listitem').filter({ hasText: 'Donald Trump' }).first();
    await expect(trump).toContainText(/[1-9]\d* cooperative/);
    await expect(trump).toContainText(/[1-9]\d* hostile/);
  });

  test('comparing 2024 with 2025 lists changed pairs and marks the canvas, and survives a reload', async ({ page }) => {
    await openExplorer(page, '?compare=2024..2024-12%2C2025..2025-12&tool=compare');
    const region = page.getByRole('region', { name: 'Compare periods' });
    await expect(region).toBeVisible();
    await expect(region.getByRole('heading', { name: 'Only in period B' })).toBeVisible();
    expect(await region.getByRole('listitem').count()).toBeGreaterThan(3);
    await expect(page.getByRole('region', { name: 'Legend' })).toContainText('Compared periods');
    await page.reload();
    await waitForLayout(page);
    await expect(
      page.getByRole('region', { name: 'Compare periods' }).getByRole('heading', { name: 'Only in period B' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Stop comparing' }).click();
    await addressSettled(page);
    expect(new URL(page.url()).searchParams.get('compare')).toBeNull();
  });
});

test.describe('asking an opened network', () => {
  test('Les Misérables: blocs on its plain links, measures, and a connection between two characters', async ({
    page,
  }) => {
    await openExplorer(page);
    await page.getByLabel('Open network').setInputFiles('tests/fixtures/networks/les-miserables.gexf');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('les-miserables');
    await waitForLayout(page);
    await page.getByRole('combobox', { name: 'Colour actors by' }).selectOption({ label: 'Bloc' });
    await expect(page.getByRole('region', { name: 'Legend' })).toContainText(/Bloc of /);
    await page.getByRole('tab', { name: 'Blocs' }).click();
    await expect(page.getByText('say nothing about cooperation')).toBeVisible();
    await page.getByRole('tab', { name: 'Actors' }).click();
    const actors = page.getByRole('table', { name: 'Actors' });
    await expect(actors.locator('tbody tr').first()).toBeVisible();
    await openTool(page, /^Connection$/);
    const region = page.getByRole('region', { name: 'Connection' });
    await region.getByRole('combobox', { name: 'From actor' }).fill('Myriel');
    await page
      .getByRole('option', { name: /^Myriel/ })
      .first()
      .click();
    await region.getByRole('combobox', { name: 'To actor' }).fill('Javert');
    await page
      .getByRole('option', { name: /^Javert/ })
      .first()
      .click();
    await region.getByRole('button', { name: 'Find connections' }).click();
    await expect(region.getByRole('list', { name: 'Connections found' })).toBeVisible();
  });
});
