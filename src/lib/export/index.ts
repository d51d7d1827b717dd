/**
 * Export of a network (or the part of it the user chose) to files: this project's JSON
 * bundle, GEXF 1.3, GraphML, CSV tables and an SVG picture. Pure functions from data to text;
 * the caller downloads the files (and makes the PNG with @sigma/export-image).
 */
export {
  slugify,
  type EdgeAppearance,
  type EdgeAppearances,
  type ExportedFile,
  type NodeAppearance,
  type NodeAppearances,
} from './exported-file';
export { subsetNetwork, type ExportScope } from './scope';
export { toBundle, BUNDLE_FORMAT, BUNDLE_VERSION, type NetworkBundle } from './bundle';
export { toGexf } from './gexf';
export { toGraphml } from './graphml';
export { toCsv, csvField } from './csv';
export { toSvg, type SvgOptions } from './svg';
export { ALIAS_SEPARATOR } from './attributes';
