/**
 * The canvas's contract with sigma, with sigma mocked (jsdom has no WebGL): one Sigma per
 * mount, updates through setView, kill on destroy; the layout is the page's, so the canvas
 * only says when a graph is shown, offers its buttons and shows its status and errors.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import GraphCanvas from '../../src/components/graph/GraphCanvas.svelte';
import { buildGraph } from '../../src/lib/graph/build-graph';
import { EMPTY_FILTERS, computeVisibility } from '../../src/lib/state/filters';
import { LIGHT_THEME } from '../../src/lib/render/theme';
import { i18n } from '../../src/lib/i18n/locale.svelte';
import { smallDataset } from '../fixtures/small-graph';

const sigma = vi.hoisted(() => ({
  created: 0,
  setView: vi.fn(),
  setGraph: vi.fn(),
  setTheme: vi.fn(),
  focusNode: vi.fn(),
  kill: vi.fn(),
}));

vi.mock('../../src/lib/render/sigma-controller', () => ({
  SigmaController: class {
    constructor() {
      sigma.created++;
    }
    setView = sigma.setView;
    setGraph = sigma.setGraph;
    setTheme = sigma.setTheme;
    focusNode = sigma.focusNode;
    zoom = vi.fn();
    resetCamera = vi.fn();
    graphUnitsPerPixel = () => 1;
    kill = sigma.kill;
  },
}));

const graph = buildGraph(smallDataset());
const visibility = computeVisibility(graph, EMPTY_FILTERS);
const appearance = { nodeColor: new Map(), nodeSize: new Map(), edgeColor: new Map(), edgeSize: new Map() };

function fakeLayout(overrides: Record<string, unknown> = {}) {
  return { status: 'idle', progress: 0, error: null, start: vi.fn(), stop: vi.fn(), kill: vi.fn(), ...overrides };
}

function props(overrides: Record<string, unknown> = {}) {
  return {
    graph,
    view: { appearance, visibility, focus: null, selectedNode: null, selectedEdge: null },
    theme: LIGHT_THEME,
    layout: fakeLayout(),
    focusRequest: null,
    describeEdge: () => ({ title: '', summary: '' }),
    onSelectNode: vi.fn(),
    onSelectEdge: vi.fn(),
    onClearSelection: vi.fn(),
    onHoverNode: vi.fn(),
    onGraphShown: vi.fn(),
    onRunLayout: vi.fn(),
    ...overrides,
  } as never;
}

afterEach(() => {
  sigma.created = 0;
  vi.clearAllMocks();
  i18n.set('en');
});

describe('GraphCanvas', () => {
  it('creates sigma once, updates it on new views and kills it on destroy', async () => {
    const onGraphShown = vi.fn();
    const { rerender, unmount } = render(GraphCanvas, props({ onGraphShown }));
    expect(screen.getByRole('region', { name: 'Network' })).toBeInTheDocument();
    expect(sigma.created).toBe(1);
    expect(onGraphShown).toHaveBeenCalledWith(graph);

    await rerender(props({ view: { appearance, visibility, focus: null, selectedNode: 'petro', selectedEdge: null } }));
    expect(sigma.created).toBe(1);
    expect(sigma.setView).toHaveBeenLastCalledWith(expect.objectContaining({ selectedNode: 'petro' }));

    await rerender(props({ focusRequest: { node: 'eln' } }));
    expect(sigma.focusNode).toHaveBeenCalledWith('eln');

    unmount();
    expect(sigma.kill).toHaveBeenCalledTimes(1);
  });

  it('swaps in a new network on the same sigma and says it is shown, so the page lays it out', async () => {
    const onGraphShown = vi.fn();
    const { rerender } = render(GraphCanvas, props({ onGraphShown }));
    const other = buildGraph(smallDataset());
    await rerender(props({ graph: other, onGraphShown }));
    expect(sigma.created).toBe(1);
    expect(sigma.setGraph).toHaveBeenCalledWith(other, expect.anything());
    expect(onGraphShown).toHaveBeenLastCalledWith(other);
  });

  it('offers to re-run the layout, and to stop it while it runs, with its progress', async () => {
    const onRunLayout = vi.fn();
    const { rerender } = render(GraphCanvas, props({ onRunLayout }));
    await userEvent.click(screen.getByRole('button', { name: 'Re-run layout' }));
    expect(onRunLayout).toHaveBeenCalledTimes(1);

    const running = fakeLayout({ status: 'running', progress: 0.4 });
    await rerender(props({ layout: running }));
    await userEvent.click(screen.getByRole('button', { name: 'Stop layout' }));
    expect(running.stop).toHaveBeenCalled();
    expect(screen.getByRole('progressbar', { name: 'Layout progress' })).toHaveAttribute('value', '0.4');
  });

  it('offers to lay out, and to restore, a network that came with its own positions', async () => {
    const onRunLayout = vi.fn();
    const onRestoreLayout = vi.fn();
    render(GraphCanvas, props({ fileLayout: true, onRunLayout, onRestoreLayout }));
    expect(screen.queryByRole('button', { name: 'Re-run layout' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Run layout' }));
    await userEvent.click(screen.getByRole('button', { name: 'Restore file layout' }));
    expect(onRunLayout).toHaveBeenCalledTimes(1);
    expect(onRestoreLayout).toHaveBeenCalledTimes(1);
  });

  it('says when the layout failed', () => {
    render(GraphCanvas, props({ layout: fakeLayout({ error: { code: 'layout-failed', detail: 'out of memory' } }) }));
    expect(screen.getByRole('alert')).toHaveTextContent(/layout stopped because of an error.*out of memory/i);
  });

  it('names its region and buttons in Spanish', () => {
    i18n.set('es');
    render(GraphCanvas, props());
    expect(screen.getByRole('region', { name: 'Red' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Redistribuir' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Acercar' })).toBeInTheDocument();
  });
});
