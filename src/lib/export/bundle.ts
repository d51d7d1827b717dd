/**
 * This project's own file: the whole network, evidence and full source texts in one JSON
 * document, so that re-opening it gives back exactly the network that was exported.
 */
import type { Network } from '../data/network';
import { slugify, type ExportedFile } from './exported-file';

/** Marker fields the importer uses to recognise a bundle. */
import { BUNDLE_FORMAT, BUNDLE_VERSION } from '../data/bundle-format';
export { BUNDLE_FORMAT, BUNDLE_VERSION };

/** A Network plus the two marker fields, in the order a reader expects to see them. */
export interface NetworkBundle extends Network {
  format: typeof BUNDLE_FORMAT;
  version: typeof BUNDLE_VERSION;
}

/** The network as a pretty-printed bundle named `<slug>.json`. */
export function toBundle(network: Network): ExportedFile {
  const bundle: NetworkBundle = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    name: network.name,
    documents: network.documents,
    actors: network.actors,
    relations: network.relations,
    sources: network.sources,
    ...(network.review ? { review: network.review } : {}),
  };
  return {
    name: `${slugify(network.name)}.json`,
    mimeType: 'application/json',
    content: `${JSON.stringify(bundle, null, 2)}\n`,
  };
}
