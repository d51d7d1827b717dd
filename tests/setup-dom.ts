import '@testing-library/jest-dom/vitest';

// jsdom has no WebGL. Sigma's rendering modules read WebGL constants when they are first
// imported (pure helpers such as @sigma/edge-curve's parallel-edge index live beside them),
// so give them empty classes to read from. Nothing in unit or component tests draws.
const webglGlobals = globalThis as unknown as Record<string, unknown>;
webglGlobals.WebGLRenderingContext ??= class {};
webglGlobals.WebGL2RenderingContext ??= class {};
