import '@testing-library/jest-dom/vitest';
// Tests format messages of every part of the catalogue, as the page does once each part is loaded.
import '../src/lib/i18n/all-messages';
import '../src/lib/appearance/palette-generator';

// jsdom has no WebGL. Sigma's rendering modules read WebGL constants when they are first
// imported (pure helpers such as @sigma/edge-curve's parallel-edge index live beside them),
// so give them empty classes to read from. Nothing in unit or component tests draws.
const webglGlobals = globalThis as unknown as Record<string, unknown>;
webglGlobals.WebGLRenderingContext ??= class {};
webglGlobals.WebGL2RenderingContext ??= class {};
