/**
 * The analysis computations the page runs on its own thread for small networks (blocs,
 * measures, paths), as one module loaded on demand: Louvain, graphology-metrics and the
 * path search stay out of the page's first script, which only needs their results' types.
 */
export { computeBlocs } from './find-blocs';
export { computeMetrics } from './metrics';
export { explainNoConnection, findConnections } from './paths';
