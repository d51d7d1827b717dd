/**
 * Label and hover drawing that follow the colour scheme. Sigma's defaults draw hover boxes
 * in white, which leaves light labels unreadable in dark mode.
 */
import type { NodeLabelDrawingFunction, NodeHoverDrawingFunction } from 'sigma/rendering';
import type { RenderTheme } from './theme';
import type { EdgeAttributes, NodeAttributes } from '../graph/build-graph';

type LabelDrawer = NodeLabelDrawingFunction<NodeAttributes, EdgeAttributes>;
type HoverDrawer = NodeHoverDrawingFunction<NodeAttributes, EdgeAttributes>;

export function createDrawNodeLabel(theme: RenderTheme): LabelDrawer {
  return (context, data, settings) => {
    if (!data.label) return;
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const x = data.x + data.size + 3;
    const y = data.y + size / 3;
    context.lineWidth = 3;
    context.strokeStyle = theme.labelHaloColor;
    context.lineJoin = 'round';
    context.strokeText(data.label, x, y);
    context.fillStyle = theme.labelColor;
    context.fillText(data.label, x, y);
  };
}

export function createDrawNodeHover(theme: RenderTheme): HoverDrawer {
  return (context, data, settings) => {
    const size = settings.labelSize;
    context.font = `600 ${size}px ${settings.labelFont}`;
    const label = data.label ?? '';
    const width = label ? context.measureText(label).width + 10 : 0;
    const height = size + 8;
    context.fillStyle = theme.hoverBackground;
    context.shadowColor = 'rgba(0, 0, 0, 0.35)';
    context.shadowBlur = 8;
    context.beginPath();
    context.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
    context.fill();
    if (label) {
      context.fillRect(data.x, data.y - height / 2, data.size + 3 + width, height);
    }
    context.shadowBlur = 0;
    context.fillStyle = theme.labelColor;
    if (label) context.fillText(label, data.x + data.size + 6, data.y + size / 3);
  };
}
