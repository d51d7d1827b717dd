/**
 * The interactions the benchmark times once the layout has settled, each the way a user
 * does it: toggle a relation type, hover a node, click it, step the time window, zoom.
 * The timing itself happens in the page (page-probe.ts); this file drives the input.
 */
import type { CDPSession, Locator, Page } from '@playwright/test';
import type { InteractionTiming, PageProbe } from './page-probe';

type ProbeWindow = { __petroProbe: PageProbe };

/** Interaction names; each becomes the figures `<name>Ms`, `<name>FramesMs`, `<name>LongTaskMs`. */
export type InteractionName = 'filter' | 'hover' | 'select' | 'timeStep' | 'camera';

export type InteractionTimings = Partial<Record<InteractionName, InteractionTiming>>;

/** The first checkbox of the "Relation types" group, or null when the page has none. */
export async function firstRelationTypeCheckbox(page: Page): Promise<Locator | null> {
  const box = page.getByRole('group', { name: 'Relation types', exact: true }).getByRole('checkbox').first();
  return (await box.count()) > 0 ? box : null;
}

/** Arms the page's timer for the next `eventType` event, runs `act`, returns the timing. */
async function timeEvent(page: Page, eventType: string, act: () => Promise<void>): Promise<InteractionTiming> {
  await page.evaluate((type) => (window as unknown as ProbeWindow).__petroProbe.arm(type), eventType);
  await act();
  return page.evaluate(() => (window as unknown as ProbeWindow).__petroProbe.result());
}

/** Toggles the checkbox and waits for the frames that follow; returns the timing. */
export function toggleCheckbox(page: Page, box: Locator): Promise<InteractionTiming> {
  return timeEvent(page, 'click', () => box.click());
}

async function twoFrames(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as ProbeWindow).__petroProbe.twoFrames());
}

/**
 * Times each interaction once and leaves the filters as they were. Interactions the page
 * cannot offer (no time slider, no node on screen) are skipped with a note.
 */
export async function measureInteractions(page: Page, notes: string[]): Promise<InteractionTimings> {
  const timings: InteractionTimings = {};
  const box = await firstRelationTypeCheckbox(page);
  if (box) {
    timings.filter = await toggleCheckbox(page, box);
    await toggleCheckbox(page, box);
  } else notes.push('filter toggle skipped: no checkbox in the "Relation types" group');

  const node = await page.evaluate(() => (window as unknown as ProbeWindow).__petroProbe.nodeOnScreen(60));
  if (node) {
    // Start from an empty spot of the canvas, so the move below enters the node.
    const spot = await page.evaluate(() => (window as unknown as ProbeWindow).__petroProbe.emptySpot(30));
    await page.mouse.move(spot?.x ?? 1, spot?.y ?? 1);
    await twoFrames(page);
    timings.hover = await timeEvent(page, 'pointermove', () => page.mouse.move(node.x, node.y));
    if (!(await page.evaluate(() => (window as unknown as ProbeWindow).__petroProbe.hoveringNode()))) {
      notes.push(`hover: the pointer at node ${node.id} did not hover a node`);
    }
    timings.select = await timeEvent(page, 'click', () => page.mouse.click(node.x, node.y));
  } else notes.push('hover and selection skipped: no node on screen');

  const slider = page.getByRole('slider', { name: 'End of time window', exact: true });
  if ((await slider.count()) > 0) {
    await slider.focus();
    timings.timeStep = await timeEvent(page, 'keydown', () => slider.press('ArrowLeft'));
  } else notes.push('time-window step skipped: no "End of time window" slider');

  const camera = await page.evaluate(() => (window as unknown as ProbeWindow).__petroProbe.zoomCamera(0.8));
  if (camera) timings.camera = camera;
  else notes.push('camera move skipped: no sigma instance (is ?bench=1 wired?)');
  return timings;
}

/** Used JS heap after a forced garbage collection, or null when the page cannot tell. */
export async function heapAfterGc(page: Page, cdp: CDPSession): Promise<number | null> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return page.evaluate(() => (window as unknown as ProbeWindow).__petroProbe.usedHeap());
}
