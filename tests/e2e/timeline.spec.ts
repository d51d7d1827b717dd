import { expect, test, type Page } from './fixtures';
import { addressSettled, openExplorer, saveScreenshot, shownRelations, waitForLayout } from './helpers';

interface RawRelation {
  id: string;
  date?: string;
  start?: string;
  end?: string;
}

/** An independent reading of "overlaps this window", so the test does not reuse the app's code. */
function spanOf(r: RawRelation): [number, number] | null {
  const first = r.date ?? r.start;
  const last = r.date ?? r.end;
  if (!first && !last) return null;
  const begin = (value: string) =>
    Date.UTC(
      Number(value.slice(0, 4)),
      value.length > 4 ? Number(value.slice(5, 7)) - 1 : 0,
      value.length > 7 ? Number(value.slice(8, 10)) : 1,
    );
  const finish = (value: string) => {
    const [y, m, d] = [
      Number(value.slice(0, 4)),
      value.length > 4 ? Number(value.slice(5, 7)) : 0,
      value.length > 7 ? Number(value.slice(8, 10)) : 0,
    ];
    if (d) return Date.UTC(y, m - 1, d + 1);
    if (m) return Date.UTC(y, m, 1);
    return Date.UTC(y + 1, 0, 1);
  };
  return [first ? begin(first) : -Infinity, last ? finish(last) : Infinity];
}

async function relationsIn(page: Page, from: number, to: number): Promise<number> {
  const relations = (await (await page.request.get('graph-data/relations.json')).json()) as RawRelation[];
  return relations.filter((r) => {
    const span = spanOf(r);
    return span !== null && span[0] < to && span[1] > from;
  }).length;
}

test.describe('the timeline', () => {
  test('narrowing the window to a month lists exactly that month’s relations', async ({ page }) => {
    await openExplorer(page, '?start=2025-10&end=2025-10&undated=hide');
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await expect(timeline.getByRole('slider', { name: 'Start of time window' })).toHaveAttribute(
      'aria-valuetext',
      /October 2025/,
    );
    await expect(timeline.getByRole('checkbox', { name: /^Show undated relations/ })).not.toBeChecked();
    expect(await shownRelations(page)).toBe(await relationsIn(page, Date.UTC(2025, 9, 1), Date.UTC(2025, 10, 1)));
    await saveScreenshot(page, 'timeline-october-2025');

    const end = timeline.getByRole('slider', { name: 'End of time window' });
    await end.focus();
    await end.press('ArrowRight');
    await expect(end).toHaveAttribute('aria-valuetext', /November 2025/);
    expect(await shownRelations(page)).toBe(await relationsIn(page, Date.UTC(2025, 9, 1), Date.UTC(2025, 11, 1)));
  });

  test('undated relations are counted and toggled', async ({ page }) => {
    await openExplorer(page);
    const toggle = page.getByRole('checkbox', { name: /^Show undated relations \((\d+)\)/ });
    const label =
      (await toggle.getAttribute('aria-label')) ?? (await page.getByText(/Show undated relations/).innerText());
    const undated = Number(/\((\d+)\)/.exec(label)![1]);
    const all = await shownRelations(page);
    await toggle.uncheck();
    expect(await shownRelations(page)).toBe(all - undated);
  });

  test('playback moves the window forward and leaves the nodes where they are', async ({ page }) => {
    await openExplorer(page, '?start=2025-01&end=2025-03');
    // With every relation type off only the nodes are drawn, so two pictures can be compared.
    for (const group of ['cooperative', 'hostile', 'structural']) {
      await page.getByRole('button', { name: `None of the ${group} types` }).click();
    }
    await page.waitForTimeout(300);
    const before = await page.getByTestId('sigma-container').screenshot();
    const start = page.getByRole('slider', { name: 'Start of time window' });
    const startBefore = await start.getAttribute('aria-valuenow');

    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await expect
      .poll(async () => Number(await start.getAttribute('aria-valuenow')), { timeout: 8000 })
      .toBeGreaterThan(Number(startBefore));
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    await expect(page.locator('[data-layout-status="idle"]')).toHaveCount(1);
    await page.waitForTimeout(300);
    const after = await page.getByTestId('sigma-container').screenshot();
    expect(after.equals(before)).toBe(true);
  });

  test('the window survives a reload through the URL', async ({ page }) => {
    await openExplorer(page);
    const start = page.getByRole('slider', { name: 'Start of time window' });
    await start.focus();
    for (let i = 0; i < 3; i++) await start.press('PageUp');
    const text = await start.getAttribute('aria-valuetext');
    await addressSettled(page);
    expect(new URL(page.url()).searchParams.get('start')).not.toBeNull();
    const count = await shownRelations(page);
    await page.reload();
    await waitForLayout(page);
    await expect(page.getByRole('slider', { name: 'Start of time window' })).toHaveAttribute('aria-valuetext', text!);
    expect(await shownRelations(page)).toBe(count);
  });
});
