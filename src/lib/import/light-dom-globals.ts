/**
 * Side effect only: installs the light DOM (light-dom.ts) as the global DOMParser and
 * Document. The import worker, which has no DOM, imports this module before anything else:
 * graphology-gexf/browser and graphology-graphml/browser bind the global DOMParser and
 * Document when they are evaluated, and ES modules are evaluated in the order of their
 * first import, so the globals must be in place before the first module that reaches the
 * parsers is.
 */
import { installLightDomGlobals } from './light-dom';

installLightDomGlobals();
