/**
 * Labels stay readable at every size: on a network of 1,700 actors no two drawn labels
 * overlap, at the default zoom and zoomed in, and zooming in shows more of them.
 */
import { expect, test, type Page } from './fixtures';
import { existsSync, readFileSync } from 'node:fs';
import { openExplorer, waitForLayout } from './helpers';

const ARCTIC = '../shared/networks/arctic.gexf';

interface Box {
  node: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

async function labelBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(() =>
    (window as unknown as { __petroBench: { labelBoxes: () => Box[] } }).__petroBench.labelBoxes(),
  );
}

function overlapping(boxes: Box[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) {
        pairs.push([a.node, b.node]);
      }
    }
  }
  return pairs;
}

test('no two drawn labels overlap on a network of 1,700 actors, at the default zoom and zoomed in', async ({
  page,
}) => {
  test.skip(!existsSync(ARCTIC), 'the shared networks are not next to the project');
  await openExplorer(page, '?bench=1');
  await page.getByLabel('Open network').setInputFiles({
    name: 'arctic.gexf',
    mimeType: 'application/xml',
    buffer: readFileSync(ARCTIC),
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('arctic');
  await waitForLayout(page);
  const atStart = await labelBoxes(page);
  expect(atStart.length).toBeGreaterThan(5);
  expect(overlapping(atStart)).toEqual([]);

  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.waitForTimeout(1200);
  const zoomed = await labelBoxes(page);
  expect(overlapping(zoomed)).toEqual([]);
  expect(zoomed.length).toBeGreaterThan(atStart.length);
});
