/**
 * The canvas's contract with sigma, with sigma and the layout worker mocked (jsdom has
 * neither WebGL nor workers): one Sigma per mount, updates through setView, kill on
 * destroy, and the layout worker killed with it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import GraphCanvas from '../../src/components/graph/GraphCanvas.svelte';
import { buildGraph } from '../../src/lib/graph/build-graph';
import { EMPTY_FILTERS, computeVisibility } from '../../src/lib/state/filters';
import { smallDataset } from '../fixtures/small-graph';

const sigma = vi.hoisted(() => ({
  created: 0,
  setView: vi.fn(),
  setGraph: vi.fn(),
  focusNode: vi.fn(),
  kill: vi.fn(),
}));
const layout = vi.hoisted(() => ({ created: 0, start: vi.fn(), stop: vi.fn(), kill: vi.fn() }));

vi.mock('../../src/lib/render/sigma-controller', () => ({
  SigmaController: class {
    constructor() {
      sigma.created++;
    }
    setView = sigma.setView;
    setGraph = sigma.setGraph;
    setTheme = vi.fn();
    focusNode = sigma.focusNode;
    zoom = vi.fn();
    resetCamera = vi.fn();
    graphUnitsPerPixel = () => 1;
    kill = sigma.kill;
  },
}));

vi.mock('../../src/lib/layout/fa2-controller', () => ({
  Fa2Controller: class {
    constructor() {
      layout.created++;
    }
    start = layout.start;
    stop = layout.stop;
    kill = layout.kill;
  },
}));

const graph = buildGraph(smallDataset());
const visibility = computeVisibility(graph, EMPTY_FILTERS);

function props(overrides: Record<string, unknown> = {}) {
  return {
    graph,
    view: { visibility, focus: null, selectedNode: null, selectedEdge: null },
    focusRequest: null,
    describeEdge: () => ({ title: '', summary: '' }),
    onSelectNode: vi.fn(),
    onSelectEdge: vi.fn(),
    onClearSelection: vi.fn(),
    onHoverNode: vi.fn(),
    ...overrides,
  };
}

afterEach(() => {
  sigma.created = 0;
  layout.created = 0;
  vi.clearAllMocks();
});

describe('GraphCanvas', () => {
  it('creates sigma once, updates it on new views and kills it with the layout on destroy', async () => {
    const { rerender, unmount } = render(GraphCanvas, props());
    expect(screen.getByRole('region', { name: 'Network' })).toBeInTheDocument();
    expect(sigma.created).toBe(1);
    expect(layout.start).toHaveBeenCalledTimes(1);

    await rerender(props({ view: { visibility, focus: null, selectedNode: 'petro', selectedEdge: null } }));
    expect(sigma.created).toBe(1);
    expect(sigma.setView).toHaveBeenLastCalledWith(expect.objectContaining({ selectedNode: 'petro' }));

    await rerender(props({ focusRequest: { node: 'eln' } }));
    expect(sigma.focusNode).toHaveBeenCalledWith('eln');

    unmount();
    expect(sigma.kill).toHaveBeenCalledTimes(1);
    expect(layout.kill).toHaveBeenCalled();
  });

  it('swaps in a new network on the same sigma and lays it out afresh', async () => {
    const { rerender } = render(GraphCanvas, props());
    const other = buildGraph(smallDataset());
    await rerender(props({ graph: other }));
    expect(sigma.created).toBe(1);
    expect(sigma.setGraph).toHaveBeenCalledWith(other, expect.anything());
    expect(layout.created).toBe(2);
  });

  it('lets the user re-run the layout', async () => {
    render(GraphCanvas, props());
    await userEvent.click(screen.getByRole('button', { name: 'Re-run layout' }));
    expect(layout.created).toBe(2);
    expect(layout.start).toHaveBeenCalledTimes(2);
  });
});
