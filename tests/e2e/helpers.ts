/** Shared steps for the browser tests: waiting for the explorer and reading what it drew. */
import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export const SCREENSHOTS = 'tests/artifacts/screenshots';

/** Opens the app and waits until the network is drawn and the layout has stopped. */
export async function openExplorer(page: Page, query = ''): Promise<void> {
  await page.goto(`./${query}`);
  await expect(page.getByRole('region', { name: /^(Network|Red)$/ })).toBeVisible();
  await waitForLayout(page);
}

export async function waitForLayout(page: Page): Promise<void> {
  await expect(page.locator('[data-layout-status="idle"]')).toHaveCount(1, { timeout: 30_000 });
  await expect(
    page.getByRole('button', { name: /^(Re-run layout|Run layout|Redistribuir|Distribuir)$/ }),
  ).toBeVisible();
  // Let sigma draw the frame that follows the last layout step.
  await page.waitForTimeout(300);
}

/**
 * Counts pixels of the network area that differ from its background: the graph is read
 * from a screenshot, since sigma's WebGL canvases cannot be read back directly.
 */
export async function drawnPixels(page: Page): Promise<number> {
  const area = page.getByTestId('sigma-container');
  const png = await area.screenshot();
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    // The background is the commonest colour: a corner pixel may be covered by a node or label.
    const histogram = new Map<number, number>();
    for (let i = 0; i < data.length; i += 4) {
      const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
      histogram.set(key, (histogram.get(key) ?? 0) + 1);
    }
    const background = [...histogram.entries()].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
    const [r0, g0, b0] = [(background >> 16) & 255, (background >> 8) & 255, background & 255];
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - r0) + Math.abs(data[i + 1] - g0) + Math.abs(data[i + 2] - b0) > 40) count++;
    }
    return count;
  }, png.toString('base64'));
}

/** The number in the relations table's caption ("12 relations shown"). */
export async function shownRelations(page: Page): Promise<number> {
  const caption = await page
    .getByRole('table', { name: /^(Relations|Relaciones)$/ })
    .locator('caption')
    .innerText();
  const match = /([\d.,]+) (relations? shown|relaci(ón|ones) mostradas?)/.exec(caption);
  return match ? Number(match[1].replace(/[.,]/g, '')) : 0;
}

export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}

/**
 * Waits until the address bar names the current state: the app writes it after the frame
 * a change causes (a timer queued from an animation frame), so one more frame and timer
 * here come after it.
 */
export async function addressSettled(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(() => setTimeout(resolve, 0), 0))),
  );
}
