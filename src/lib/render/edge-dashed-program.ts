/**
 * A sigma edge program that draws a relation as a DASHED quadratic curve, with or without a
 * solid arrowhead at the target, so that relations resting only on allegations read apart
 * from the solid curves of @sigma/edge-curve. Sigma ships no dashed program (jacomyal/sigma.js
 * issue 1497), so this one has its own shaders: the same Bézier as `curved` (same
 * `curvature` attribute and default, same thickness and arrowhead geometry as `curvedArrow`),
 * plus, per fragment, the arc length from the start of the dash pattern; fragments in the
 * gaps are left transparent. Dash and gap scale with the drawn thickness, in screen pixels,
 * so they read at every zoom. At zero curvature it draws a straight dashed line. In picking
 * mode the body is solid, so the whole relation stays hoverable and clickable.
 */
import { EdgeProgram, type EdgeProgramType, type ProgramInfo } from 'sigma/rendering';
import { createDrawCurvedEdgeLabel, DEFAULT_EDGE_CURVATURE } from '@sigma/edge-curve';
import { floatColor } from 'sigma/utils';
import type { Attributes } from 'graphology-types';
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from 'sigma/types';
import { DASHED_EDGE_FRAGMENT_SHADER, DASHED_EDGE_VERTEX_SHADER } from './edge-dashed-shaders';

/** Dash and gap lengths as multiples of the drawn thickness, with floors in CSS pixels. */
export const DASH_TO_THICKNESS = 4;
export const GAP_TO_THICKNESS = 3;
export const MIN_DASH_PX = 6;
export const MIN_GAP_PX = 4;
/** The arrowhead of the app's `curvedArrow` program (see sigma-controller.ts). */
export const DASHED_ARROW_HEAD = { lengthToThicknessRatio: 3.5, widenessToThicknessRatio: 3 } as const;

// WebGL enums are fixed by the specification; literals keep this module loadable without WebGL.
const GL_FLOAT = 0x1406;
const GL_UNSIGNED_BYTE = 0x1401;
const GL_TRIANGLES = 0x0004;

const BASE_UNIFORMS = [
  'u_matrix',
  'u_sizeRatio',
  'u_pixelRatio',
  'u_dimensions',
  'u_minEdgeThickness',
  'u_feather',
  'u_widenessToThicknessRatio',
  'u_dashToThickness',
  'u_gapToThickness',
  'u_minDash',
  'u_minGap',
] as const;
const ARROW_UNIFORMS = ['u_lengthToThicknessRatio'] as const;
type Uniform = (typeof BASE_UNIFORMS)[number] | (typeof ARROW_UNIFORMS)[number];

/** What sigma needs to build the program: shaders, attributes, uniforms, the quad's corners. */
export function dashedEdgeProgramDefinition(arrowHead: boolean) {
  const defines = arrowHead ? '#define ARROW_HEAD\n' : '';
  const float = (name: string) => ({ name, size: 1, type: GL_FLOAT });
  return {
    VERTICES: 6,
    VERTEX_SHADER_SOURCE: defines + DASHED_EDGE_VERTEX_SHADER,
    FRAGMENT_SHADER_SOURCE: defines + DASHED_EDGE_FRAGMENT_SHADER,
    METHOD: GL_TRIANGLES,
    UNIFORMS: [...BASE_UNIFORMS, ...(arrowHead ? ARROW_UNIFORMS : [])] as Uniform[],
    ATTRIBUTES: [
      { name: 'a_source', size: 2, type: GL_FLOAT },
      { name: 'a_target', size: 2, type: GL_FLOAT },
      float('a_sourceSize'),
      float('a_targetSize'),
      float('a_thickness'),
      float('a_curvature'),
      { name: 'a_color', size: 4, type: GL_UNSIGNED_BYTE, normalized: true },
      { name: 'a_id', size: 4, type: GL_UNSIGNED_BYTE, normalized: true },
    ],
    CONSTANT_ATTRIBUTES: [float('a_along'), float('a_across')],
    // Two triangles over the bounding quad: (along, across) per corner.
    CONSTANT_DATA: [
      [0, -1],
      [0, 1],
      [1, 1],
      [0, -1],
      [1, 1],
      [1, -1],
    ],
  };
}

/** The scalar uniforms for one render pass (the matrix and dimensions are set apart). */
export function dashedEdgeScalarUniforms(params: RenderParams, arrowHead: boolean): Partial<Record<Uniform, number>> {
  return {
    u_sizeRatio: params.sizeRatio,
    u_pixelRatio: params.pixelRatio,
    u_minEdgeThickness: params.minEdgeThickness,
    u_feather: params.antiAliasingFeather,
    // Without a head the quad's margin only needs the stroke's own thickness.
    u_widenessToThicknessRatio: arrowHead ? DASHED_ARROW_HEAD.widenessToThicknessRatio : 1,
    u_dashToThickness: DASH_TO_THICKNESS,
    u_gapToThickness: GAP_TO_THICKNESS,
    u_minDash: MIN_DASH_PX * params.pixelRatio,
    u_minGap: MIN_GAP_PX * params.pixelRatio,
    ...(arrowHead ? { u_lengthToThicknessRatio: DASHED_ARROW_HEAD.lengthToThicknessRatio } : {}),
  };
}

/** Writes one edge's attributes in the order of `dashedEdgeProgramDefinition().ATTRIBUTES`. */
export function writeDashedEdge(
  array: Float32Array,
  startIndex: number,
  pickingColor: number,
  sourceData: NodeDisplayData,
  targetData: NodeDisplayData,
  data: EdgeDisplayData & { curvature?: number },
): void {
  let i = startIndex;
  array[i++] = sourceData.x;
  array[i++] = sourceData.y;
  array[i++] = targetData.x;
  array[i++] = targetData.y;
  array[i++] = sourceData.size;
  array[i++] = targetData.size;
  array[i++] = data.size || 1;
  array[i++] = data.curvature ?? DEFAULT_EDGE_CURVATURE;
  array[i++] = floatColor(data.color);
  array[i] = pickingColor;
}

export function createDashedEdgeCurveProgram<
  N extends Attributes = Attributes,
  E extends Attributes = Attributes,
  G extends Attributes = Attributes,
>(options: { arrowHead?: boolean } = {}): EdgeProgramType<N, E, G> {
  const arrowHead = options.arrowHead ?? false;
  return class DashedEdgeCurveProgram extends EdgeProgram<Uniform, N, E, G> {
    drawLabel = createDrawCurvedEdgeLabel<N, E, G>({
      curvatureAttribute: 'curvature',
      defaultCurvature: DEFAULT_EDGE_CURVATURE,
      arrowHead: null,
    });

    getDefinition() {
      return dashedEdgeProgramDefinition(arrowHead);
    }

    processVisibleItem(
      pickingColor: number,
      startIndex: number,
      sourceData: NodeDisplayData,
      targetData: NodeDisplayData,
      data: EdgeDisplayData,
    ): void {
      writeDashedEdge(this.array, startIndex, pickingColor, sourceData, targetData, data);
    }

    setUniforms(params: RenderParams, { gl, uniformLocations }: ProgramInfo<Uniform>): void {
      gl.uniformMatrix3fv(uniformLocations.u_matrix, false, params.matrix);
      gl.uniform2f(uniformLocations.u_dimensions, params.width * params.pixelRatio, params.height * params.pixelRatio);
      for (const [name, value] of Object.entries(dashedEdgeScalarUniforms(params, arrowHead))) {
        // Sigma leaves out the location of a uniform the compiler optimised away.
        const location = uniformLocations[name as Uniform] as WebGLUniformLocation | undefined;
        if (location) gl.uniform1f(location, value);
      }
    }
  };
}
