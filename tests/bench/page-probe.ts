/**
 * The benchmark's in-page instruments, installed with `page.addInitScript` before the app
 * loads: a buffered long-task observer, the interaction timer (event → frames) and small
 * readers for marks, nodes on screen and the heap. Written as plain JavaScript text, since
 * functions compiled by tsx cannot always be sent to the page (its `__name` helper).
 *
 * Interaction timing: a capturing listener on window notes `performance.now()` when the
 * event arrives (before the app's own listeners), then
 *  - `framesMs`: time until the second requestAnimationFrame after the event, as asked in
 *    issue 6; it waits for vsync twice, so it cannot go below about one frame (16.7 ms);
 *  - `workMs`: main-thread time the interaction costs, without the wait for vsync: from
 *    the event to the end of the first frame after it (a message posted in that frame's
 *    rAF runs after the other rAF callbacks, style, layout and paint), minus the idle gap
 *    between the end of the event's task and the frame's start (the rAF timestamp).
 */

/** What the page reports for one interaction, in the page's `performance.now()` time. */
export interface InteractionTiming {
  start: number;
  end: number;
  workMs: number;
  framesMs: number;
  /** Raw times, for checking the figures: end of the event's task, frame start, frame end. */
  taskEnd: number | null;
  frameTime: number;
  frameEnd: number;
}

/** A long task (> 50 ms on the main thread) seen by the observer. */
export interface LongTask {
  start: number;
  duration: number;
}

/** The page's `window.__petroProbe`, as the harness calls it through `page.evaluate`. */
export interface PageProbe {
  longTasks: LongTask[];
  arm(eventType: string): boolean;
  result(): Promise<InteractionTiming>;
  zoomCamera(factor: number): Promise<InteractionTiming> | null;
  twoFrames(): Promise<void>;
  lastMark(base: string, notBefore: number): number | null;
  graphSize(): { nodes: number; edges: number } | null;
  nodeOnScreen(margin: number): { id: string; x: number; y: number } | null;
  /** A point of the canvas (page coordinates) with no node within `clearance` pixels. */
  emptySpot(clearance: number): { x: number; y: number } | null;
  hoveringNode(): boolean;
  usedHeap(): number | null;
}

/** The script given to `page.addInitScript({ content })`. */
export const PAGE_PROBE_SCRIPT = String.raw`
(() => {
  if (window.__petroProbe) return;
  window.__name = window.__name || ((fn) => fn);
  const longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) {
    console.warn('bench: no long-task observer', error);
  }
  const afterTask = (callback) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => callback(performance.now());
    channel.port2.postMessage(0);
  };
  const measureFrom = (start) => new Promise((resolve) => {
    let taskEnd = null;
    let frameTime = null;
    let frameEnd = null;
    let framesEnd = null;
    const finish = () => {
      if (frameEnd === null || framesEnd === null) return;
      const end = Math.max(frameEnd, taskEnd === null ? frameEnd : taskEnd);
      const idleBeforeFrame = taskEnd !== null && taskEnd < frameTime ? frameTime - taskEnd : 0;
      resolve({ start, end: Math.max(framesEnd, end), workMs: end - start - idleBeforeFrame, framesMs: framesEnd - start, taskEnd, frameTime, frameEnd });
    };
    afterTask((time) => { taskEnd = time; });
    requestAnimationFrame((timestamp) => {
      frameTime = timestamp;
      afterTask((time) => { frameEnd = time; finish(); });
      requestAnimationFrame(() => { framesEnd = performance.now(); finish(); });
    });
  });
  let armed = null;
  const bench = () => window.__petroBench || null;
  window.__petroProbe = {
    longTasks,
    arm(eventType) {
      armed = new Promise((resolve) => {
        const listener = () => {
          window.removeEventListener(eventType, listener, true);
          resolve(measureFrom(performance.now()));
        };
        window.addEventListener(eventType, listener, true);
      });
      return true;
    },
    result() {
      return armed;
    },
    zoomCamera(factor) {
      const sigma = bench() && bench().sigma();
      if (!sigma) return null;
      const camera = sigma.getCamera();
      const start = performance.now();
      camera.setState({ ratio: camera.getState().ratio * factor });
      return measureFrom(start);
    },
    twoFrames() {
      return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
    },
    lastMark(base, notBefore) {
      const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith(base) && m.startTime >= notBefore);
      return marks.length ? marks[marks.length - 1].startTime : null;
    },
    graphSize() {
      const sigma = bench() && bench().sigma();
      return sigma ? { nodes: sigma.getGraph().order, edges: sigma.getGraph().size } : null;
    },
    nodeOnScreen(margin) {
      const sigma = bench() && bench().sigma();
      if (!sigma) return null;
      const rect = sigma.getContainer().getBoundingClientRect();
      let best = null;
      sigma.getGraph().forEachNode((id) => {
        const data = sigma.getNodeDisplayData(id);
        if (!data || data.hidden) return;
        // Display data holds normalised (framed-graph) coordinates in sigma 3.
        const point = sigma.framedGraphToViewport(data);
        const inside = point.x > margin && point.y > margin && point.x < rect.width - margin && point.y < rect.height - margin;
        if (inside && (!best || data.size > best.size)) best = { id, x: rect.left + point.x, y: rect.top + point.y, size: data.size };
      });
      return best && { id: best.id, x: best.x, y: best.y };
    },
    emptySpot(clearance) {
      const sigma = bench() && bench().sigma();
      if (!sigma) return null;
      const rect = sigma.getContainer().getBoundingClientRect();
      const points = [];
      sigma.getGraph().forEachNode((id) => {
        const data = sigma.getNodeDisplayData(id);
        if (data && !data.hidden) points.push(sigma.framedGraphToViewport(data));
      });
      const inset = 12;
      const candidates = [[inset, rect.height - inset], [inset, inset], [rect.width / 2, rect.height - inset], [inset, rect.height / 2]];
      for (const [x, y] of candidates) {
        if (points.every((p) => Math.hypot(p.x - x, p.y - y) > clearance)) return { x: rect.left + x, y: rect.top + y };
      }
      return null;
    },
    hoveringNode() {
      const sigma = bench() && bench().sigma();
      return !!sigma && sigma.getContainer().style.cursor === 'pointer';
    },
    usedHeap() {
      return performance.memory ? performance.memory.usedJSHeapSize : null;
    },
  };
})();
`;
