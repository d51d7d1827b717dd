/**
 * The dashed edge program's pure parts: what it declares to sigma (attributes, uniforms,
 * the quad), how one edge is packed, and the dash pattern's uniforms. The drawing itself
 * needs WebGL and is checked in a real browser.
 */
import { describe, expect, it } from 'vitest';
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from 'sigma/types';
import { DEFAULT_EDGE_CURVATURE } from '@sigma/edge-curve';
import { getAttributesItemsCount } from 'sigma/rendering';
import {
  createDashedEdgeCurveProgram,
  dashedEdgeProgramDefinition,
  dashedEdgeScalarUniforms,
  DASHED_ARROW_HEAD,
  DASH_TO_THICKNESS,
  GAP_TO_THICKNESS,
  MIN_DASH_PX,
  MIN_GAP_PX,
  writeDashedEdge,
} from '../../src/lib/render/edge-dashed-program';

const GL_FLOAT = 5126;
const GL_UNSIGNED_BYTE = 5121;
const GL_TRIANGLES = 4;

const params = (pixelRatio: number): RenderParams => ({
  width: 800,
  height: 600,
  sizeRatio: 0.8,
  zoomRatio: 1,
  pixelRatio,
  cameraAngle: 0,
  correctionRatio: 1,
  matrix: new Float32Array(9),
  invMatrix: new Float32Array(9),
  downSizingRatio: 1,
  minEdgeThickness: 1.7,
  antiAliasingFeather: 1,
});

const node = (x: number, y: number, size: number) => ({ x, y, size }) as NodeDisplayData;
const edge = (extra: Partial<EdgeDisplayData & { curvature: number }>) =>
  ({ size: 2, color: '#ff0000', ...extra }) as EdgeDisplayData & { curvature?: number };

/** Names a shader declares, leaving out the arrowhead's block when it is not defined. */
function declared(source: string, kind: 'attribute' | 'uniform'): string[] {
  const active = source.startsWith('#define ARROW_HEAD')
    ? source
    : source.replace(/#ifdef ARROW_HEAD[\s\S]*?#endif/g, '');
  return [...active.matchAll(new RegExp(`^\\s*${kind} \\w+ (\\w+);`, 'gm'))].map((match) => match[1]);
}

describe('dashedEdgeProgramDefinition', () => {
  it.each([false, true])('declares every attribute and uniform its shaders use (arrowhead %s)', (arrowHead) => {
    const definition = dashedEdgeProgramDefinition(arrowHead);
    const attributes = [...definition.ATTRIBUTES, ...definition.CONSTANT_ATTRIBUTES].map((a) => a.name);
    expect(declared(definition.VERTEX_SHADER_SOURCE, 'attribute').sort()).toEqual([...attributes].sort());
    const uniforms = new Set([
      ...declared(definition.VERTEX_SHADER_SOURCE, 'uniform'),
      ...declared(definition.FRAGMENT_SHADER_SOURCE, 'uniform'),
    ]);
    expect([...uniforms].sort()).toEqual([...definition.UNIFORMS].sort());
  });

  it('draws two triangles over one quad per edge, with sigma’s attribute types', () => {
    const definition = dashedEdgeProgramDefinition(false);
    expect(definition.METHOD).toBe(GL_TRIANGLES);
    expect(definition.VERTICES).toBe(6);
    expect(definition.CONSTANT_DATA).toHaveLength(6);
    expect(definition.CONSTANT_DATA.every((corner) => corner.length === definition.CONSTANT_ATTRIBUTES.length)).toBe(
      true,
    );
    const byName = Object.fromEntries(definition.ATTRIBUTES.map((a) => [a.name, a]));
    expect(byName.a_color).toMatchObject({ size: 4, type: GL_UNSIGNED_BYTE, normalized: true });
    expect(byName.a_id).toMatchObject({ size: 4, type: GL_UNSIGNED_BYTE, normalized: true });
    expect(byName.a_curvature).toMatchObject({ size: 1, type: GL_FLOAT });
  });

  it('adds the arrowhead only to the arrowed variant', () => {
    const plain = dashedEdgeProgramDefinition(false);
    const arrowed = dashedEdgeProgramDefinition(true);
    expect(plain.FRAGMENT_SHADER_SOURCE).not.toContain('#define ARROW_HEAD');
    expect(arrowed.FRAGMENT_SHADER_SOURCE.startsWith('#define ARROW_HEAD\n')).toBe(true);
    expect(arrowed.VERTEX_SHADER_SOURCE.startsWith('#define ARROW_HEAD\n')).toBe(true);
    expect(plain.UNIFORMS).not.toContain('u_lengthToThicknessRatio');
    expect(arrowed.UNIFORMS).toContain('u_lengthToThicknessRatio');
  });

  it('leaves gaps only outside picking, so the whole edge can be hovered and clicked', () => {
    const fragment = dashedEdgeProgramDefinition(true).FRAGMENT_SHADER_SOURCE;
    const main = fragment.slice(fragment.indexOf('void main'));
    const picking = main.indexOf('#ifdef PICKING_MODE');
    const otherwise = main.indexOf('#else', picking);
    expect(picking).toBeGreaterThan(-1);
    expect(main.indexOf('dashCoverage(t)')).toBeGreaterThan(otherwise);
    expect(main.slice(picking, otherwise)).not.toContain('dash');
  });
});

describe('dashedEdgeScalarUniforms', () => {
  it('sizes dashes and gaps from the thickness, with floors in CSS pixels', () => {
    const uniforms = dashedEdgeScalarUniforms(params(2), false);
    expect(uniforms.u_dashToThickness).toBe(DASH_TO_THICKNESS);
    expect(uniforms.u_gapToThickness).toBe(GAP_TO_THICKNESS);
    expect(DASH_TO_THICKNESS).toBeGreaterThan(GAP_TO_THICKNESS);
    // The shader works in device pixels: floors scale with the pixel ratio.
    expect(uniforms.u_minDash).toBe(MIN_DASH_PX * 2);
    expect(uniforms.u_minGap).toBe(MIN_GAP_PX * 2);
    expect(dashedEdgeScalarUniforms(params(1), false).u_minDash).toBe(MIN_DASH_PX);
  });

  it('passes sigma’s render parameters through, and the arrowhead of curvedArrow', () => {
    const plain = dashedEdgeScalarUniforms(params(1), false);
    expect(plain).toMatchObject({ u_sizeRatio: 0.8, u_pixelRatio: 1, u_minEdgeThickness: 1.7, u_feather: 1 });
    expect(plain.u_widenessToThicknessRatio).toBe(1);
    expect(plain).not.toHaveProperty('u_lengthToThicknessRatio');
    expect(dashedEdgeScalarUniforms(params(1), true)).toMatchObject({
      u_lengthToThicknessRatio: DASHED_ARROW_HEAD.lengthToThicknessRatio,
      u_widenessToThicknessRatio: DASHED_ARROW_HEAD.widenessToThicknessRatio,
    });
    expect(DASHED_ARROW_HEAD).toEqual({ lengthToThicknessRatio: 3.5, widenessToThicknessRatio: 3 });
  });

  it('sets only uniforms the program declares', () => {
    for (const arrowHead of [false, true]) {
      const names = dashedEdgeProgramDefinition(arrowHead).UNIFORMS;
      for (const name of Object.keys(dashedEdgeScalarUniforms(params(1), arrowHead))) {
        expect(names).toContain(name);
      }
    }
  });
});

describe('writeDashedEdge', () => {
  // Floats per edge: a colour or an id packs its four bytes into one.
  const slots = getAttributesItemsCount(dashedEdgeProgramDefinition(false).ATTRIBUTES);

  it('packs one edge in the order of the attributes, after the given offset', () => {
    const array = new Float32Array(slots + 2);
    writeDashedEdge(array, 2, 7, node(1, 2, 5), node(3, 4, 9), edge({ size: 2.5, curvature: -0.125 }));
    expect([...array.slice(2, 10)]).toEqual([1, 2, 3, 4, 5, 9, 2.5, -0.125]);
    expect(array).toHaveLength(12);
    expect(array[11]).toBe(7);
    expect([array[0], array[1]]).toEqual([0, 0]);
  });

  it('uses the curve program’s defaults: curvature 0.25 when missing, zero kept as straight', () => {
    const array = new Float32Array(slots);
    writeDashedEdge(array, 0, 0, node(0, 0, 1), node(1, 1, 1), edge({ size: 0 }));
    expect(array[6]).toBe(1);
    expect(array[7]).toBe(DEFAULT_EDGE_CURVATURE);
    writeDashedEdge(array, 0, 0, node(0, 0, 1), node(1, 1, 1), edge({ curvature: 0 }));
    expect(array[7]).toBe(0);
  });
});

describe('createDashedEdgeCurveProgram', () => {
  it('makes a program class per variant, without an arrowhead by default', () => {
    const definitionOf = (program: ReturnType<typeof createDashedEdgeCurveProgram>) =>
      (program.prototype as unknown as { getDefinition(): ReturnType<typeof dashedEdgeProgramDefinition> })
        .getDefinition()
        .UNIFORMS.includes('u_lengthToThicknessRatio');
    expect(definitionOf(createDashedEdgeCurveProgram())).toBe(false);
    expect(definitionOf(createDashedEdgeCurveProgram({ arrowHead: true }))).toBe(true);
  });
});
