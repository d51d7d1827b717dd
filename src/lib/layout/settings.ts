/**
 * The layout's choices that the page makes, from the graph's size alone: how often the
 * worker posts positions, and how far noverlap reaches. Pure, so they are tested without a
 * worker, and free of the layout libraries: the page imports this module, and importing
 * graphology-layout-forceatlas2 here would put ForceAtlas2 in the page's first-view bundle.
 * ForceAtlas2's forces and noverlap's spacing are chosen in the worker (worker-settings.ts).
 */

/** From this size on, repulsion is approximated with a Barnes–Hut quadtree. */
export const BARNES_HUT_FROM = 400;

/**
 * From this size on (where the library's own inferSettings turns Barnes–Hut on), the
 * quadtree is opened less eagerly: barnesHutTheta 1.2 is Gephi's default and makes an
 * iteration about 2.5 times cheaper than the library's 0.5 at 10k nodes, which buys the
 * big graphs the iterations they need within their time budget.
 */
export const COARSE_THETA_FROM = 2000;

/**
 * Least time between two position updates from the worker. Each update costs the page a
 * pass of sigma over every node and a new frame, and in the headless reference browser
 * (software WebGL, 2 cores) every frame also takes CPU from the worker, so updates are
 * spaced out: ten a second for small graphs, every half second at 10k nodes (15–45 ms
 * per update, measured), every three seconds at 50k (100–250 ms per update on the page,
 * mostly sigma's own pass over 50k nodes and 150k edges, plus a software-rendered frame
 * that competes with the worker for the CPU). The progress bar moves in between.
 */
export function postIntervalFor(order: number): number {
  if (order <= 2000) return 100;
  if (order <= 20_000) return 500;
  return 3000;
}

/**
 * noverlap runs (in the worker) on graphs up to this size. Its grid makes a pass cost grow
 * faster than the square of the nodes crowded on screen: 120 passes take about 0.3 s at
 * 1k nodes, 2 s at 2k, 10 s at 3k and minutes at 10k, and thousands of nodes cannot be
 * kept apart on one screen anyway (the user zooms in).
 */
export const NOVERLAP_MAX_ORDER = 2000;

/** noverlap's passes at most, after ForceAtlas2. */
export const NOVERLAP_MAX_ITERATIONS = 120;

/**
 * When the user stops the layout, noverlap still runs on graphs up to this size (about
 * 0.3 s in the worker); bigger ones keep their positions as they are, so Stop answers at
 * once.
 */
export const SPREAD_ON_STOP_MAX_ORDER = 1000;
