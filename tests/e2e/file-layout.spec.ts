/**
 * A network laid out in another tool keeps its picture: opened with positions, it is drawn
 * where the file put every actor and no layout runs by itself; "Run layout" lays it out on
 * demand and "Restore file layout" brings the file's picture back.
 */
import { expect, test, type Page } from './fixtures';
import { readFileSync } from 'node:fs';
import { openExplorer, waitForLayout } from './helpers';

const LES_MISERABLES = 'tests/fixtures/networks/les-miserables.gexf';

/** Myriel's position in the file: `<viz:position x="268.72385" y="91.18155"/>`. */
const MYRIEL = { x: 268.72385, y: 91.18155 };

async function position(page: Page, node: string): Promise<{ x: number; y: number }> {
  return page.evaluate((id) => {
    const bench = (
      window as unknown as {
        __petroBench: {
          sigma: () => { getGraph: () => { getNodeAttributes: (n: string) => { x: number; y: number } } };
        };
      }
    ).__petroBench;
    const { x, y } = bench.sigma().getGraph().getNodeAttributes(id);
    return { x, y };
  }, node);
}

test('a GEXF with positions keeps them, lays out on demand and restores them', async ({ page }) => {
  await openExplorer(page, '?bench=1');
  await page.getByLabel('Open network').setInputFiles({
    name: 'les-miserables.gexf',
    mimeType: 'application/xml',
    buffer: readFileSync(LES_MISERABLES),
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/les-miserables/i);
  await page.waitForTimeout(3000);
  await expect(page.locator('[data-layout-status="idle"]')).toHaveCount(1);
  const kept = await position(page, '0.0');
  expect(kept.x).toBeCloseTo(MYRIEL.x, 3);
  expect(kept.y).toBeCloseTo(MYRIEL.y, 3);

  await page.getByRole('button', { name: 'Run layout', exact: true }).click();
  await waitForLayout(page);
  const moved = await position(page, '0.0');
  expect(Math.hypot(moved.x - MYRIEL.x, moved.y - MYRIEL.y)).toBeGreaterThan(1);

  await page.getByRole('button', { name: 'Restore file layout' }).click();
  const restored = await position(page, '0.0');
  expect(restored.x).toBeCloseTo(MYRIEL.x, 3);
  expect(restored.y).toBeCloseTo(MYRIEL.y, 3);
});
