/**
 * A lost WebGL context is survived: the page says so, keeps every choice, and draws the
 * network again when the browser restores the context (the test forces both with
 * WEBGL_lose_context).
 */
import { expect, test, type Page } from './fixtures';
import { addressSettled, drawnPixels, openExplorer, shownRelations } from './helpers';

/** Loses (or restores) the context of every WebGL canvas of the network, as a GPU reset would. */
async function forceContext(page: Page, action: 'loseContext' | 'restoreContext'): Promise<number> {
  return page.evaluate((method) => {
    const lost = (window as unknown as { __lostExtensions?: WEBGL_lose_context[] }).__lostExtensions ?? [];
    if (method === 'restoreContext') {
      lost.forEach((extension) => extension.restoreContext());
      return lost.length;
    }
    const canvases = [...document.querySelectorAll<HTMLCanvasElement>('[data-testid="sigma-container"] canvas')];
    const extensions = canvases
      .map((canvas) => (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))?.getExtension('WEBGL_lose_context'))
      .filter((extension): extension is WEBGL_lose_context => !!extension);
    extensions.forEach((extension) => extension.loseContext());
    (window as unknown as { __lostExtensions: WEBGL_lose_context[] }).__lostExtensions = extensions;
    return extensions.length;
  }, action);
}

test('the page says the network cannot be drawn, keeps the view, and redraws when the context returns', async ({
  page,
}) => {
  await openExplorer(page, '?hide=met&actor=gustavo-petro');
  const shown = await shownRelations(page);
  expect(await forceContext(page, 'loseContext')).toBeGreaterThan(0);
  const alert = page.getByRole('alert').filter({ hasText: /stopped drawing the network/ });
  await expect(alert).toBeVisible();
  // The rest of the page goes on working while nothing is drawn.
  await expect(page.getByRole('region', { name: 'Actor' })).toBeVisible();
  expect(await shownRelations(page)).toBe(shown);

  expect(await forceContext(page, 'restoreContext')).toBeGreaterThan(0);
  await expect(alert).toHaveCount(0);
  await page.waitForTimeout(500);
  expect(await drawnPixels(page)).toBeGreaterThan(3000);
  await expect(page.getByRole('checkbox', { name: 'Met', exact: true })).not.toBeChecked();
  await addressSettled(page);
  expect(new URL(page.url()).searchParams.get('actor')).toBe('gustavo-petro');
});
