/**
 * Phones and small windows: below 700 px the network comes first and fills the screen, the
 * header fits 360 px with nothing cut off, and the tools, lists and details open as sheets
 * with a clear close button that gives focus back; a tap on an actor selects it and opens
 * its details. In English and Spanish.
 */
import { test, expect } from './fixtures';
import { drawnPixels, openExplorer, saveScreenshot } from './helpers';
import type { Page } from '@playwright/test';

const WORDS = {
  en: {
    lists: 'Lists',
    tools: 'Tools',
    details: 'Details',
    close: 'Close',
    relations: 'Relations',
    search: 'Search actors',
  },
  es: {
    lists: 'Listas',
    tools: 'Herramientas',
    details: 'Detalles',
    close: 'Cerrar',
    relations: 'Relaciones',
    search: 'Buscar actores',
  },
} as const;

/** Every visible control of the header lies inside the viewport's width. */
async function expectHeaderInside(page: Page, width: number): Promise<void> {
  const boxes = await page
    .getByRole('banner')
    .locator('button, select, input, h1')
    .evaluateAll((elements) =>
      elements
        .filter((element) => (element as HTMLElement).offsetParent !== null)
        .map((element) => {
          const box = element.getBoundingClientRect();
          return { left: box.left, right: box.right, bottom: box.bottom, name: element.textContent ?? '' };
        }),
    );
  expect(boxes.length).toBeGreaterThan(3);
  for (const box of boxes) {
    expect(box.left, box.name).toBeGreaterThanOrEqual(0);
    expect(box.right, box.name).toBeLessThanOrEqual(width);
  }
}

for (const locale of ['en', 'es'] as const) {
  const words = WORDS[locale];
  for (const width of [360, 390]) {
    test(`${locale}, ${width} px: the network fills the first screen and the header fits`, async ({ page }) => {
      await page.setViewportSize({ width, height: 780 });
      await openExplorer(page, `?lang=${locale}`);
      const graph = await page.getByTestId('sigma-container').boundingBox();
      expect(graph).not.toBeNull();
      // The network starts in the first screen and takes most of it.
      expect(graph!.y).toBeLessThan(200);
      expect(graph!.height).toBeGreaterThan(780 * 0.4);
      expect(graph!.width).toBeGreaterThan(width - 20);
      expect(await drawnPixels(page)).toBeGreaterThan(1000);
      await expectHeaderInside(page, width);
      await expect(page.getByRole('combobox', { name: words.search })).toBeInViewport();
      // The filters and lists are not stacked under the network: they wait in their sheets.
      await expect(page.getByRole('table', { name: words.relations })).toBeHidden();
      await saveScreenshot(page, `phone-${locale}-${width}`);
    });
  }

  test(`${locale}: the lists open as a sheet, and closing it gives focus back`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openExplorer(page, `?lang=${locale}`);
    const opener = page.getByRole('button', { name: words.lists });
    await opener.click();
    const sheet = page.getByRole('dialog', { name: words.lists });
    await expect(sheet).toBeVisible();
    await expect(sheet.getByRole('table', { name: words.relations })).toBeVisible();
    await expect(sheet.getByRole('heading', { name: words.lists })).toBeFocused();
    await saveScreenshot(page, `phone-${locale}-lists`);
    await sheet.getByRole('button', { name: words.close }).click();
    await expect(sheet).toBeHidden();
    await expect(opener).toBeFocused();
    // Escape closes a sheet too.
    await page.getByRole('button', { name: words.tools }).click();
    await expect(page.getByRole('dialog', { name: words.tools })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: words.tools })).toBeHidden();
    await expect(page.getByRole('button', { name: words.tools })).toBeFocused();
  });

  test(`${locale}: choosing a row on a phone opens its details`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openExplorer(page, `?lang=${locale}`);
    await page.getByRole('button', { name: words.lists }).click();
    await page.getByRole('dialog', { name: words.lists }).getByRole('row').nth(1).click();
    const details = page.getByRole('dialog', { name: words.details });
    await expect(details).toBeVisible();
    await expect(details.getByRole('blockquote').first()).toBeVisible();
    const quote = await details.getByRole('blockquote').first().boundingBox();
    expect(quote!.width).toBeLessThanOrEqual(390);
    await saveScreenshot(page, `phone-${locale}-details`);
  });
}

test('a tap on an actor selects it and opens its details', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await openExplorer(page, '?bench=1');
  const point = await page.evaluate(() => {
    type Bench = {
      sigma(): {
        graphToViewport(p: { x: number; y: number }): { x: number; y: number };
        getGraph(): { getNodeAttributes(n: string): { x: number; y: number } };
      };
    };
    const sigma = (window as unknown as { __petroBench: Bench }).__petroBench.sigma();
    return sigma.graphToViewport(sigma.getGraph().getNodeAttributes('gustavo-petro'));
  });
  const canvas = await page.getByTestId('sigma-container').boundingBox();
  await page.touchscreen.tap(canvas!.x + point.x, canvas!.y + point.y);
  const details = page.getByRole('dialog', { name: 'Details' });
  await expect(details).toBeVisible();
  await expect(details.getByRole('heading', { name: 'Gustavo Petro' })).toBeVisible();
  await context.close();
});
