/**
 * GLSL of the dashed edge program (edge-dashed-program.ts), kept apart so the program's
 * TypeScript stays readable. Both shaders work in viewport pixels (gl_FragCoord), like
 * @sigma/edge-curve: the vertex shader sends the curve's control points, thickness and node
 * radii, and spans a quad over the curve; the fragment shader finds the nearest curve point,
 * draws the stroke (and, under ARROW_HEAD, the same cone as edge-curve's arrowhead) and, in
 * normal mode only, leaves the gaps of the dash pattern transparent. PICKING_MODE is defined
 * by sigma for its picking pass; ARROW_HEAD by the program for the arrowed variant.
 */

const CURVE_GLSL = /* glsl */ `
vec2 bezierPoint(vec2 a, vec2 b, vec2 c, float t) {
  return mix(mix(a, b, t), mix(b, c, t), t);
}
// Arc length from 0 to t: 5-point Gauss-Legendre over the speed |B'(u)| = |p + u q|.
float arcLength(vec2 a, vec2 b, vec2 c, float t) {
  vec2 p = 2.0 * (b - a);
  vec2 q = 2.0 * (a - 2.0 * b + c);
  float h = t / 2.0;
  return h * (0.5688889 * length(p + h * q)
    + 0.4786287 * (length(p + h * 0.4615307 * q) + length(p + h * 1.5384693 * q))
    + 0.2369269 * (length(p + h * 0.0938202 * q) + length(p + h * 1.9061798 * q)));
}
`;

export const DASHED_EDGE_VERTEX_SHADER = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_source;
attribute vec2 a_target;
attribute float a_sourceSize;
attribute float a_targetSize;
attribute float a_thickness;
attribute float a_curvature;
attribute float a_along;  // 0 at the source end of the bounding quad, 1 at the target end
attribute float a_across; // -1 on the chord's side, 1 beyond the curve's apex

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_pixelRatio;
uniform vec2 u_dimensions;
uniform float u_minEdgeThickness;
uniform float u_feather;
uniform float u_widenessToThicknessRatio;

varying vec4 v_color;
varying float v_thickness;
varying float v_feather;
varying float v_length;
varying float v_sourceRadius;
varying float v_targetRadius;
varying vec2 v_cpA;
varying vec2 v_cpB;
varying vec2 v_cpC;

const float bias = 255.0 / 254.0;
${CURVE_GLSL}
vec2 toViewport(vec2 graphPosition) {
  return ((u_matrix * vec3(graphPosition, 1.0)).xy + 1.0) * u_dimensions / 2.0;
}

void main() {
  vec2 source = toViewport(a_source);
  vec2 target = toViewport(a_target);
  vec2 delta = target - source;
  float len = length(delta);
  if (len < 1e-4) { gl_Position = vec4(0.0, 0.0, 0.0, 1.0); return; } // hidden or a loop
  vec2 direction = delta / len;
  vec2 normal = vec2(-direction.y, direction.x);
  float thickness = max(u_minEdgeThickness, a_thickness / u_sizeRatio) * u_pixelRatio;

  v_thickness = thickness;
  v_feather = u_feather;
  v_cpA = source;
  v_cpB = 0.5 * (source + target) + normal * a_curvature * len;
  v_cpC = target;
  v_length = arcLength(v_cpA, v_cpB, v_cpC, 1.0);
  v_sourceRadius = a_sourceSize * u_pixelRatio / u_sizeRatio;
  v_targetRadius = a_targetSize * u_pixelRatio / u_sizeRatio;

  // The quad spans the chord and the curve's apex (half the control point's offset), with a
  // margin on every side for the stroke and the arrowhead; unlike the solid curve program it
  // also covers zero curvature.
  float side = a_curvature < 0.0 ? -1.0 : 1.0;
  float margin = thickness * u_widenessToThicknessRatio + u_feather + 1.0;
  float offset = a_across > 0.0 ? a_curvature * len / 2.0 + side * margin : -side * margin;
  vec2 corner = mix(source - direction * margin, target + direction * margin, a_along) + normal * offset;
  gl_Position = vec4(corner / u_dimensions * 2.0 - 1.0, 0.0, 1.0);

  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

export const DASHED_EDGE_FRAGMENT_SHADER = /* glsl */ `
precision highp float;

varying vec4 v_color;
varying float v_thickness;
varying float v_feather;
varying float v_length;
varying float v_sourceRadius;
varying float v_targetRadius;
varying vec2 v_cpA;
varying vec2 v_cpB;
varying vec2 v_cpC;

uniform float u_dashToThickness;
uniform float u_gapToThickness;
uniform float u_minDash;
uniform float u_minGap;
#ifdef ARROW_HEAD
uniform float u_lengthToThicknessRatio;
uniform float u_widenessToThicknessRatio;
#endif

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);
${CURVE_GLSL}
// Parameter of the curve point nearest p: projection on the chord (exact for a straight
// edge, and the control point sits on the chord's bisector), refined by Newton steps.
float nearestParameter(vec2 p) {
  vec2 chord = v_cpC - v_cpA;
  float t = clamp(dot(p - v_cpA, chord) / max(dot(chord, chord), 1e-6), 0.0, 1.0);
  vec2 second = 2.0 * (v_cpA - 2.0 * v_cpB + v_cpC);
  for (int i = 0; i < 3; i++) {
    vec2 first = 2.0 * mix(v_cpB - v_cpA, v_cpC - v_cpB, t);
    vec2 offset = bezierPoint(v_cpA, v_cpB, v_cpC, t) - p;
    float slope = dot(first, first) + dot(offset, second);
    if (slope > 1e-6) t = clamp(t - dot(offset, first) / slope, 0.0, 1.0);
  }
  return t;
}

// 1 inside a dash, 0 in a gap, faded over the feather at the dash ends.
float dashCoverage(float t) {
  float dash = max(u_dashToThickness * v_thickness, u_minDash);
  float gap = max(u_gapToThickness * v_thickness, u_minGap);
  #ifdef ARROW_HEAD
  // Counted back from the arrowhead's base, so the head always sits on a whole dash.
  float along = v_length - arcLength(v_cpA, v_cpB, v_cpC, t)
    - (v_targetRadius + v_thickness * u_lengthToThicknessRatio);
  #else
  // Counted from where the edge leaves the source's disc.
  float along = arcLength(v_cpA, v_cpB, v_cpC, t) - v_sourceRadius;
  #endif
  float fade = max(v_feather, 0.5);
  float phase = mod(along + fade, dash + gap);
  return smoothstep(0.0, fade, min(phase, dash - phase));
}

void main(void) {
  vec2 p = gl_FragCoord.xy;
  float t = nearestParameter(p);
  float dist = length(bezierPoint(v_cpA, v_cpB, v_cpC, t) - p);
  float thickness = v_thickness;
  bool onHead = false;
  #ifdef ARROW_HEAD
  float distToTarget = length(p - v_cpC);
  float headEnd = v_targetRadius + thickness * u_lengthToThicknessRatio;
  if (distToTarget < headEnd) {
    onHead = true;
    thickness = (distToTarget - v_targetRadius) / (headEnd - v_targetRadius) * u_widenessToThicknessRatio * thickness;
  }
  #endif
  float halfThickness = thickness / 2.0;
  if (dist >= halfThickness) {
    gl_FragColor = transparent;
    return;
  }
  #ifdef PICKING_MODE
  gl_FragColor = v_color; // no gaps: the whole relation can be hovered and clicked
  #else
  float coverage = 1.0 - smoothstep(halfThickness - v_feather, halfThickness, dist);
  if (!onHead) coverage *= dashCoverage(t);
  gl_FragColor = mix(transparent, v_color, coverage);
  #endif
}
`;
