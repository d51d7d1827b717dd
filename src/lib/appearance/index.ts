/**
 * The appearance layer: which attributes can colour or size a network, the palettes, the
 * appearance choice (URL state) and its resolution into colours, sizes and a legend. Pure
 * TypeScript, no Svelte and no sigma, so the page, the graph and the exporters share it.
 */
export {
  MAX_CATEGORIES,
  attributeCategory,
  attributeNumber,
  describeAttributes,
  describeEdgeAttributes,
  describeNodeAttributes,
  type AttributeDescription,
} from './attributes';
export {
  MAX_GENERATED_COLORS,
  MISSING_COLOR,
  categoryColors,
  compareCategoryCounts,
  generatedPalette,
  type CategoryColorOptions,
  type CategoryCount,
} from './palette';
export {
  APPEARANCE_PARAMS,
  ATTRIBUTE_PREFIX,
  appearanceOptions,
  appearanceParams,
  attributeOfOption,
  attributeOptionId,
  defaultAppearance,
  defaultAppearanceOf,
  hasFileColors,
  parseAppearance,
  type AppearanceAspect,
  type AppearanceChoice,
  type AppearanceOption,
  type AppearanceOptions,
  type AppearanceParam,
  type AppearanceParamValues,
  type ExtraAppearanceOptions,
  type IgnoredAppearanceParam,
} from './appearance';
export { resolveAppearance, type AppearanceData, type ResolvedAppearance } from './resolve';
export {
  legendCounts,
  legendEntries,
  type ColorLegend,
  type LegendCounts,
  type LegendEntry,
  type LegendSpec,
  type SizeLegend,
} from './legend';
export { NODE_SIZE_MIN, edgeSizeForEvidence, nodeSizeForDegree, nodeSizeForValue, valueSizeCeiling } from './sizes';
export { hexToLab, labDistance, type Lab } from './lab';
