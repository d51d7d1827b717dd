/**
 * One benchmark run of one network in a fresh browser context: open the page (and import
 * the file the way a user does), read the app's milestone marks, wait for the layout,
 * time the interactions, optionally the heap over 20 filter toggles (and 20 more when it
 * grew over budget, to tell a leak from warm-up), and split the long tasks by phase.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import type { BenchNetwork } from './networks';
import { PAGE_PROBE_SCRIPT, type InteractionTiming, type LongTask, type PageProbe } from './page-probe';
import {
  firstRelationTypeCheckbox,
  heapAfterGc,
  measureInteractions,
  toggleCheckbox,
  type InteractionName,
} from './interactions';
import { LAYOUT_CAP_MS, type Figures } from './metrics';
import { budgetFor } from './budget';

type ProbeWindow = { __petroProbe: PageProbe; __petroBench?: { stopLayout(): void } };

/** The app's milestone marks (src/lib/perf/marks.ts); later loads add `#1`, `#2`… */
const MARK = {
  dataParsed: 'petro:data-parsed',
  firstFrame: 'petro:first-frame',
  layoutSettled: 'petro:layout-settled',
} as const;

const VIEWPORT = { width: 1280, height: 800 };
const FIRST_FRAME_TIMEOUT_MS = 60_000;
const HEAP_TOGGLES = 20;
const FAILURES_DIR = 'bench-results/failures';

export interface RunOptions {
  baseUrl: string;
  measureHeap: boolean;
  /** Used to name a failure screenshot. */
  runIndex: number;
}

/** What one run measured, or why it could not. */
export interface RunOutcome {
  figures: Figures;
  notes: string[];
  /** Set when the network cannot be measured in this app (not a failure of the page). */
  skipped?: string;
}

/** The page did not do what it must: no first frame, an empty graph, a broken page. */
export class PageFailure extends Error {}

const pageNow = (page: Page) => page.evaluate(() => performance.now());

async function lastMark(page: Page, base: string, notBefore: number): Promise<number | null> {
  return page.evaluate(([name, from]) => (window as unknown as ProbeWindow).__petroProbe.lastMark(name, from), [
    base,
    notBefore,
  ] as const);
}

/** Waits for a mark at or after `notBefore`; returns its time, or null on timeout. */
async function waitForMark(page: Page, base: string, notBefore: number, timeoutMs: number): Promise<number | null> {
  try {
    const handle = await page.waitForFunction(
      ([name, from]) => (window as unknown as ProbeWindow).__petroProbe.lastMark(name, from),
      [base, notBefore] as const,
      { timeout: Math.max(1, timeoutMs), polling: 100 },
    );
    return (await handle.jsonValue()) as number;
  } catch (error) {
    if ((error as Error).name === 'TimeoutError') return null;
    throw error;
  }
}

/** Layout time from `firstFrame`, or Infinity after stopping a layout that hit the cap. */
async function waitForLayout(page: Page, firstFrame: number): Promise<{ layoutMs: number; end: number }> {
  const remaining = LAYOUT_CAP_MS - ((await pageNow(page)) - firstFrame);
  const settled = await waitForMark(page, MARK.layoutSettled, firstFrame, remaining);
  if (settled !== null) return { layoutMs: settled - firstFrame, end: settled };
  const end = await pageNow(page);
  await page.evaluate(() => (window as unknown as ProbeWindow).__petroBench?.stopLayout());
  return { layoutMs: Infinity, end };
}

async function describeFailure(page: Page, what: string, pageErrors: string[]): Promise<PageFailure> {
  const alerts = await page
    .getByRole('alert')
    .allInnerTexts()
    .catch(() => []);
  const details = [...alerts.map((a) => `alert: ${a.trim()}`), ...pageErrors.map((e) => `page error: ${e}`)];
  return new PageFailure([what, ...details].join('\n  '));
}

/** When the load started (page time: 0 is navigation start) and its first frame was marked. */
type Opened = { loadStart: number; firstFrame: number } | { skipped: string };

/** Opens the network; returns once its first frame is marked. */
async function openNetwork(page: Page, network: BenchNetwork, notes: string[], pageErrors: string[]): Promise<Opened> {
  await page.goto('?bench=1');
  const petroFrame = await waitForMark(page, MARK.firstFrame, 0, FIRST_FRAME_TIMEOUT_MS);
  if (petroFrame === null) {
    throw await describeFailure(page, 'the default page drew no first frame (no petro:first-frame mark)', pageErrors);
  }
  if (network.open === 'default') return { loadStart: 0, firstFrame: petroFrame };

  // Let the Petro layout finish first, so it does not run during the import.
  const petroLayout = await waitForLayout(page, petroFrame);
  if (petroLayout.layoutMs === Infinity) notes.push('the Petro layout was stopped before importing');
  const input = page.locator('input[type="file"]').and(page.getByLabel('Open network'));
  if ((await input.count()) === 0) return { skipped: "the app has no 'Open network' input" };
  // As a user does: the pointer onto "Open network", a click, the file chosen in the dialog.
  // The load is timed from the moment the file is confirmed, as Gephi Lite's figures are.
  // No pause between the click and the confirmation: a person takes seconds there, so this
  // gives the app less head start than any real open (for a worker it starts on hover).
  await input.first().hover();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), input.first().click()]);
  const loadStart = await pageNow(page);
  await chooser.setFiles(network.file!);
  const firstFrame = await waitForMark(page, MARK.firstFrame, loadStart, FIRST_FRAME_TIMEOUT_MS);
  if (firstFrame === null) {
    const what = `no first frame within ${FIRST_FRAME_TIMEOUT_MS / 1000} s of importing ${network.file}`;
    throw await describeFailure(page, what, pageErrors);
  }
  return { loadStart, firstFrame };
}

const longest = (tasks: LongTask[]) => tasks.reduce((max, t) => Math.max(max, t.duration), 0);
/** Longest task overlapping [from, to]: for interactions. */
const longestOverlapping = (tasks: LongTask[], from: number, to: number) =>
  longest(tasks.filter((t) => t.start < to && t.start + t.duration > from));
/** Longest task starting in [from, to): for phases, so a task holding a mark counts once. */
const longestStarting = (tasks: LongTask[], from: number, to: number) =>
  longest(tasks.filter((t) => t.start >= from && t.start < to));

async function measureHeap(page: Page, network: BenchNetwork, figures: Figures, notes: string[]): Promise<void> {
  const box = await firstRelationTypeCheckbox(page);
  if (!box) return void notes.push('heap skipped: no relation-type checkbox to toggle');
  const cdp = await page.context().newCDPSession(page);
  const toggleAndMeasure = async () => {
    for (let i = 0; i < HEAP_TOGGLES; i++) await toggleCheckbox(page, box);
    return heapAfterGc(page, cdp);
  };
  const afterLoad = await heapAfterGc(page, cdp);
  const after20 = await toggleAndMeasure();
  if (afterLoad === null || after20 === null) {
    await cdp.detach();
    return void notes.push('heap skipped: performance.memory is unavailable');
  }
  const growth = ((after20 - afterLoad) / afterLoad) * 100;
  Object.assign(figures, { heapAfterLoadBytes: afterLoad, heapAfterTogglesBytes: after20, heapGrowthPct: growth });
  // Over budget: 20 more toggles tell a leak (keeps growing) from warm-up (levels off).
  const limit = budgetFor(network.id, 'heapGrowthPct');
  if (limit && growth > limit.max) {
    const after40 = await toggleAndMeasure();
    if (after40 !== null) {
      const steadyGrowth = ((after40 - after20) / after20) * 100;
      Object.assign(figures, { heapAfter40TogglesBytes: after40, heapSteadyGrowthPct: steadyGrowth });
    }
  }
  await cdp.detach();
}

async function measureOpenPage(
  page: Page,
  network: BenchNetwork,
  options: RunOptions,
  pageErrors: string[],
): Promise<RunOutcome> {
  const notes: string[] = [];
  const opened = await openNetwork(page, network, notes, pageErrors);
  if ('skipped' in opened) return { figures: {}, notes, skipped: opened.skipped };
  const { loadStart, firstFrame } = opened;
  const parsed = await lastMark(page, MARK.dataParsed, loadStart);
  const size = await page.evaluate(() => (window as unknown as ProbeWindow).__petroProbe.graphSize());
  if (!size) throw await describeFailure(page, 'window.__petroBench.sigma() gave no sigma instance', pageErrors);
  if (size.nodes === 0) throw await describeFailure(page, 'the drawn graph has no nodes', pageErrors);
  if (network.expectedNodes !== undefined && size.nodes !== network.expectedNodes) {
    notes.push(`drew ${size.nodes} nodes, the file has ${network.expectedNodes}`);
  }
  const figures: Figures = { nodes: size.nodes, edges: size.edges, loadToFirstFrameMs: firstFrame - loadStart };
  if (parsed !== null) {
    Object.assign(figures, { loadToParsedMs: parsed - loadStart, parseToFirstFrameMs: firstFrame - parsed });
  }
  const layout = await waitForLayout(page, firstFrame);
  figures.layoutMs = layout.layoutMs;
  await page.evaluate(() => (window as unknown as ProbeWindow).__petroProbe.twoFrames());

  const interactions = await measureInteractions(page, notes);
  if (options.measureHeap) await measureHeap(page, network, figures, notes);
  await page.waitForTimeout(100); // long-task entries reach the observer asynchronously
  const tasks = await page.evaluate(() => (window as unknown as ProbeWindow).__petroProbe.longTasks);
  figures.longTaskLoadingMs = longestStarting(tasks, loadStart, firstFrame);
  figures.longTaskLayoutMs = longestStarting(tasks, firstFrame, layout.end);
  for (const [name, timing] of Object.entries(interactions) as [InteractionName, InteractionTiming][]) {
    Object.assign(figures, {
      [`${name}Ms`]: timing.workMs,
      [`${name}FramesMs`]: timing.framesMs,
      [`${name}LongTaskMs`]: longestOverlapping(tasks, timing.start, timing.end),
    });
  }
  return { figures, notes };
}

/** Runs one measurement of `network` in a fresh context; throws PageFailure when the page fails. */
export async function measureRun(browser: Browser, network: BenchNetwork, options: RunOptions): Promise<RunOutcome> {
  const context = await browser.newContext({ viewport: VIEWPORT, baseURL: options.baseUrl });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.addInitScript({ content: PAGE_PROBE_SCRIPT });
  try {
    return await measureOpenPage(page, network, options, pageErrors);
  } catch (error) {
    mkdirSync(FAILURES_DIR, { recursive: true });
    await page
      .screenshot({ path: `${FAILURES_DIR}/${network.id}-run${options.runIndex + 1}.png` })
      .catch(() => undefined);
    if (error instanceof PageFailure) throw error;
    const errors = pageErrors.length ? `\n  page errors: ${pageErrors.join('; ')}` : '';
    throw new PageFailure(`${(error as Error).message}${errors}`);
  } finally {
    await context.close();
  }
}
