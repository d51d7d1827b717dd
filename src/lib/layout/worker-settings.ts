/**
 * The settings the layout worker hands to the libraries: ForceAtlas2's forces, chosen from
 * the graph's size, and noverlap's spacing, chosen from the screen's scale. Only the worker
 * imports this module: ForceAtlas2's settings start from the library's own inferSettings,
 * and importing graphology-layout-forceatlas2 on the page would put ForceAtlas2 in its
 * first-view bundle. (The page's choices are in settings.ts.)
 */
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import type { NoverlapSettings } from 'graphology-layout-noverlap';
import { BARNES_HUT_FROM, COARSE_THETA_FROM } from './settings';

/**
 * ForceAtlas2 settings for a graph of this size: the library's inferred settings
 * (strong gravity, slow-down growing with log(order)), Barnes–Hut above 400 nodes, hubs
 * dissuaded from pulling their neighbours into one knot (the typical shape of an
 * ego-centred network). Edge weights are not settings: the runner gives every edge weight 1.
 */
export function fa2SettingsFor(order: number): ForceAtlas2Settings {
  return {
    ...forceAtlas2.inferSettings(Math.max(1, order)),
    barnesHutOptimize: order > BARNES_HUT_FROM,
    barnesHutTheta: order > COARSE_THETA_FROM ? 1.2 : 0.5,
    outboundAttractionDistribution: true,
  };
}

/**
 * noverlap's settings, in graph units, to keep discs drawn at `unitsPerPixel` graph units
 * per screen pixel about six pixels apart.
 */
export function noverlapSettingsFor(unitsPerPixel: number): NoverlapSettings {
  return { ratio: unitsPerPixel, margin: 6 * unitsPerPixel, expansion: 1.05 };
}
