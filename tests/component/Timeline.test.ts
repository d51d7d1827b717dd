import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Timeline from '../../src/components/timeline/Timeline.svelte';
import { binRelations } from '../../src/lib/time/bins';
import { createTimeScale } from '../../src/lib/time/time-scale';
import { relationSpan } from '../../src/lib/time/relation-span';
import type { PlaybackStep } from '../../src/lib/time/playback';
import { i18n } from '../../src/lib/i18n/locale.svelte';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

const RELATIONS = [
  { id: 'a', type: 'met', date: '1948' },
  { id: 'b', type: 'criticized', date: '2025-10-16' },
  { id: 'c', type: 'criticized', date: '2025-10-20' },
  { id: 'd', type: 'sanctioned', date: '2025-10-24' },
  { id: 'e', type: 'met', date: '2026-02' },
];
const RELATION_TYPES = [
  { id: 'met', label: 'Met', color: '#88CCEE' },
  { id: 'criticized', label: 'Criticized', color: '#E69F00' },
  { id: 'sanctioned', label: 'Sanctioned', color: '#882255' },
];

function setup(
  overrides: Partial<{
    window: { start: number; end: number };
    playing: boolean;
    step: PlaybackStep;
    speed: number;
    showUndated: boolean;
  }> = {},
) {
  const scale = createTimeScale(RELATIONS);
  const extent = scale.extent;
  const bins = binRelations(
    RELATIONS.map((r) => ({ id: r.id, type: r.type, span: relationSpan(r, extent.end) })),
    scale,
    30,
  );
  const callbacks = {
    onWindowChange: vi.fn(),
    onShowUndatedChange: vi.fn(),
    onPlayToggle: vi.fn(),
    onStepChange: vi.fn(),
    onSpeedChange: vi.fn(),
  };
  const props = {
    bins,
    scale,
    relationTypes: RELATION_TYPES,
    window: overrides.window ?? { start: utc(2025, 10), end: utc(2026, 3) },
    extent,
    undatedCount: 89,
    showUndated: overrides.showUndated ?? false,
    playing: overrides.playing ?? false,
    step: overrides.step ?? 'month',
    speed: overrides.speed ?? 1,
    ...callbacks,
  };
  const user = userEvent.setup();
  const result = render(Timeline, props);
  return { user, props, extent, ...callbacks, ...result };
}

describe('Timeline', () => {
  it('is a region with the window shown large in a polite live region', () => {
    setup();
    const region = screen.getByRole('region', { name: 'Timeline' });
    const live = region.querySelector('[aria-live="polite"]');
    expect(live).toHaveTextContent('Oct 2025 – Feb 2026');
  });

  it('exposes both window bounds as sliders with values in ms and readable dates', () => {
    const { extent } = setup();
    expect(extent).toEqual({ start: utc(1948), end: utc(2026, 3) });
    const start = screen.getByRole('slider', { name: 'Start of time window' });
    const end = screen.getByRole('slider', { name: 'End of time window' });
    expect(start).toHaveAttribute('aria-valuenow', String(utc(2025, 10)));
    expect(start).toHaveAttribute('aria-valuemin', String(extent.start));
    expect(start).toHaveAttribute('aria-valuemax', String(extent.end));
    expect(start).toHaveAttribute('aria-valuetext', 'October 2025');
    expect(end).toHaveAttribute('aria-valuenow', String(utc(2026, 3)));
    expect(end).toHaveAttribute('aria-valuetext', 'February 2026');
  });

  it('reads day-precise bounds as days', () => {
    setup({ window: { start: utc(2025, 10, 3), end: utc(2026, 2, 4) } });
    expect(screen.getByRole('slider', { name: 'Start of time window' })).toHaveAttribute(
      'aria-valuetext',
      'October 3, 2025',
    );
    expect(screen.getByRole('slider', { name: 'End of time window' })).toHaveAttribute(
      'aria-valuetext',
      'February 3, 2026',
    );
    expect(screen.getByRole('region', { name: 'Timeline' }).querySelector('[aria-live="polite"]')).toHaveTextContent(
      'Oct 3, 2025 – Feb 3, 2026',
    );
  });

  it('moves a bound by a month with the arrow keys and by a year with Page Up/Down', async () => {
    const { user, onWindowChange } = setup({ window: { start: utc(2020, 10), end: utc(2025, 3) } });
    const start = screen.getByRole('slider', { name: 'Start of time window' });
    const end = screen.getByRole('slider', { name: 'End of time window' });

    start.focus();
    await user.keyboard('{ArrowRight}');
    expect(onWindowChange).toHaveBeenLastCalledWith({ start: utc(2020, 11), end: utc(2025, 3) });
    await user.keyboard('{ArrowLeft}');
    expect(onWindowChange).toHaveBeenLastCalledWith({ start: utc(2020, 9), end: utc(2025, 3) });
    await user.keyboard('{PageUp}');
    expect(onWindowChange).toHaveBeenLastCalledWith({ start: utc(2021, 10), end: utc(2025, 3) });
    await user.keyboard('{PageDown}');
    expect(onWindowChange).toHaveBeenLastCalledWith({ start: utc(2019, 10), end: utc(2025, 3) });

    end.focus();
    await user.keyboard('{ArrowLeft}');
    expect(onWindowChange).toHaveBeenLastCalledWith({ start: utc(2020, 10), end: utc(2025, 2) });
    await user.keyboard('{PageUp}');
    expect(onWindowChange).toHaveBeenLastCalledWith({ start: utc(2020, 10), end: utc(2026, 3) });
  });

  it('sends Home and End to the edges of the extent', async () => {
    const { user, onWindowChange, extent } = setup({ window: { start: utc(2020, 10), end: utc(2025, 3) } });
    screen.getByRole('slider', { name: 'Start of time window' }).focus();
    await user.keyboard('{Home}');
    expect(onWindowChange).toHaveBeenLastCalledWith({ start: extent.start, end: utc(2025, 3) });
    screen.getByRole('slider', { name: 'End of time window' }).focus();
    await user.keyboard('{End}');
    expect(onWindowChange).toHaveBeenLastCalledWith({ start: utc(2020, 10), end: extent.end });
  });

  it('does not let the handles cross', async () => {
    const { user, onWindowChange } = setup({ window: { start: utc(2025, 10), end: utc(2025, 11) } });
    screen.getByRole('slider', { name: 'Start of time window' }).focus();
    await user.keyboard('{PageUp}');
    expect(onWindowChange).toHaveBeenLastCalledWith({ start: utc(2025, 10, 31), end: utc(2025, 11) });
    screen.getByRole('slider', { name: 'End of time window' }).focus();
    await user.keyboard('{End}');
    expect(onWindowChange).toHaveBeenLastCalledWith({ start: utc(2025, 10), end: utc(2026, 3) });
    await user.keyboard('{Home}');
    expect(onWindowChange).toHaveBeenLastCalledWith({ start: utc(2025, 10), end: utc(2025, 10, 2) });
  });

  it('does not report a change when a bound is already at the edge', async () => {
    const { user, onWindowChange, extent } = setup({ window: { start: utc(1948), end: utc(2026, 3) } });
    expect(extent.end).toBe(utc(2026, 3));
    screen.getByRole('slider', { name: 'Start of time window' }).focus();
    await user.keyboard('{ArrowLeft}{Home}');
    screen.getByRole('slider', { name: 'End of time window' }).focus();
    await user.keyboard('{ArrowRight}{End}');
    expect(onWindowChange).not.toHaveBeenCalled();
  });

  it('toggles playback with a Play / Pause button', async () => {
    const { user, onPlayToggle, rerender, props } = setup();
    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(onPlayToggle).toHaveBeenCalledTimes(1);
    await rerender({ ...props, playing: true });
    expect(screen.queryByRole('button', { name: 'Play' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(onPlayToggle).toHaveBeenCalledTimes(2);
  });

  it('chooses the playback step and speed', async () => {
    const { user, onStepChange, onSpeedChange } = setup({ step: 'quarter', speed: 2 });
    const stepSelect = screen.getByRole('combobox', { name: 'Playback step' });
    expect(stepSelect).toHaveValue('quarter');
    expect(
      within(stepSelect)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Month', 'Quarter', 'Year']);
    await user.selectOptions(stepSelect, 'Year');
    expect(onStepChange).toHaveBeenCalledWith('year');

    const speed = screen.getByRole('slider', { name: 'Playback speed' });
    expect(speed).toHaveValue('2');
    expect(speed).toHaveAttribute('min', '0.5');
    expect(speed).toHaveAttribute('max', '4');
    expect(speed).toHaveAttribute('aria-valuetext', '2 steps per second');
    await fireEvent.input(speed, { target: { value: '3.5' } });
    expect(onSpeedChange).toHaveBeenCalledWith(3.5);
  });

  it('resets the window to the whole extent', async () => {
    const { user, onWindowChange, extent } = setup();
    await user.click(screen.getByRole('button', { name: 'Reset time window' }));
    expect(onWindowChange).toHaveBeenCalledWith(extent);
  });

  it('offers to show undated relations, with their number', async () => {
    const { user, onShowUndatedChange, rerender, props } = setup();
    const box = screen.getByRole('checkbox', { name: /^Show undated relations/ });
    expect(box).toHaveAccessibleName('Show undated relations (89)');
    expect(box).not.toBeChecked();
    await user.click(box);
    expect(onShowUndatedChange).toHaveBeenCalledWith(true);
    await rerender({ ...props, showUndated: true });
    expect(screen.getByRole('checkbox', { name: /^Show undated relations/ })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: /^Show undated relations/ }));
    expect(onShowUndatedChange).toHaveBeenLastCalledWith(false);
  });

  it('draws stacked bars in the type colours, proportional to counts, each with a hover title', () => {
    const { container } = setup();
    const rects = [...container.querySelectorAll('svg rect')];
    const titles = rects.map((rect) => rect.querySelector('title')?.textContent ?? '');
    const criticized = rects[titles.findIndex((t) => t.startsWith('Criticized: 2 relations'))];
    const sanctioned = rects[titles.findIndex((t) => t.startsWith('Sanctioned: 1 relation,'))];
    expect(criticized).toHaveAttribute('fill', '#E69F00');
    expect(sanctioned).toHaveAttribute('fill', '#882255');
    const height = (rect: Element) => Number(rect.getAttribute('height'));
    expect(height(criticized)).toBeCloseTo(2 * height(sanctioned), 6);
    // Stacked: sanctioned sits on top of criticized in the same bar.
    expect(Number(sanctioned.getAttribute('y')) + height(sanctioned)).toBeCloseTo(
      Number(criticized.getAttribute('y')),
      6,
    );
    expect(titles.every((t) => /^(Met|Criticized|Sanctioned): \d+ relations?, /.test(t))).toBe(true);
  });

  it('shows axis ticks', () => {
    const { container } = setup();
    const labels = [...container.querySelectorAll('.axis .tick')].map((tick) => tick.textContent);
    expect(labels).toContain('1950');
    expect(labels.length).toBeGreaterThan(2);
  });

  it('drags a handle and the window body with the pointer, snapping to months', async () => {
    const { onWindowChange, props } = setup({ window: { start: utc(2000), end: utc(2010) } });
    const end = screen.getByRole('slider', { name: 'End of time window' });
    const plot = end.parentElement!;
    plot.getBoundingClientRect = () => ({
      left: 100,
      width: 1000,
      top: 0,
      height: 56,
      right: 1100,
      bottom: 56,
      x: 100,
      y: 0,
      toJSON: () => ({}),
    });
    const x = (time: number) => 100 + props.scale.toUnit(time) * 1000;

    await fireEvent.pointerDown(end, { pointerId: 1, button: 0, clientX: x(utc(2010)) });
    await fireEvent.pointerMove(end, { pointerId: 1, clientX: x(utc(2015, 3, 10)) });
    expect(onWindowChange).toHaveBeenLastCalledWith({ start: utc(2000), end: utc(2015, 3) });
    await fireEvent.pointerUp(end, { pointerId: 1 });
    onWindowChange.mockClear();
    await fireEvent.pointerMove(end, { pointerId: 1, clientX: x(utc(2020)) });
    expect(onWindowChange).not.toHaveBeenCalled();

    const body = plot.querySelector('.window-body')!;
    await fireEvent.pointerDown(body, { pointerId: 2, button: 0, clientX: x(utc(2005)) });
    await fireEvent.pointerMove(body, { pointerId: 2, clientX: x(utc(2007)) });
    expect(onWindowChange).toHaveBeenLastCalledWith({ start: utc(2002), end: utc(2012) });
    await fireEvent.pointerUp(body, { pointerId: 2 });
  });
});

describe('Timeline in Spanish', () => {
  afterEach(() => i18n.set('en'));

  it('names the region, controls and sliders in Spanish, with Spanish dates', () => {
    i18n.set('es');
    setup({ window: { start: utc(2025, 10), end: utc(2026, 3) }, speed: 2 });
    const region = screen.getByRole('region', { name: 'Línea de tiempo' });
    expect(region.querySelector('[aria-live="polite"]')).toHaveTextContent('oct de 2025 a feb de 2026');
    expect(screen.getByRole('slider', { name: 'Inicio del periodo' })).toHaveAttribute(
      'aria-valuetext',
      'octubre de 2025',
    );
    expect(screen.getByRole('slider', { name: 'Fin del periodo' })).toHaveAttribute(
      'aria-valuetext',
      'febrero de 2026',
    );
    expect(screen.getByRole('button', { name: 'Reproducir' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Restablecer periodo' })).toHaveTextContent('Restablecer');
    const stepSelect = screen.getByRole('combobox', { name: 'Paso de reproducción' });
    expect(
      within(stepSelect)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Mes', 'Trimestre', 'Año']);
    expect(screen.getByRole('slider', { name: 'Velocidad de reproducción' })).toHaveAttribute(
      'aria-valuetext',
      '2 pasos por segundo',
    );
    expect(screen.getByRole('checkbox', { name: 'Mostrar relaciones sin fecha (89)' })).not.toBeChecked();
    expect(screen.getByRole('img', { name: 'Número de relaciones en el tiempo, por tipo de relación' })).toBeVisible();
  });

  it('reads day-precise bounds as Spanish days and titles the bars in Spanish', () => {
    i18n.set('es');
    const { container } = setup({ window: { start: utc(2025, 10, 3), end: utc(2026, 2, 4) } });
    expect(screen.getByRole('slider', { name: 'Inicio del periodo' })).toHaveAttribute(
      'aria-valuetext',
      '3 de octubre de 2025',
    );
    expect(screen.getByRole('slider', { name: 'Fin del periodo' })).toHaveAttribute(
      'aria-valuetext',
      '3 de febrero de 2026',
    );
    const titles = [...container.querySelectorAll('svg rect title')].map((title) => title.textContent ?? '');
    expect(titles.some((t) => t.startsWith('Criticized: 2 relaciones, '))).toBe(true);
    expect(titles.some((t) => t.startsWith('Sanctioned: 1 relación, '))).toBe(true);
  });

  it('follows a change of language without being mounted again', async () => {
    setup({ playing: true });
    const region = screen.getByRole('region', { name: 'Timeline' });
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    i18n.set('es');
    await waitFor(() => expect(region).toHaveAccessibleName('Línea de tiempo'));
    expect(screen.getByRole('button', { name: 'Pausar' })).toBeInTheDocument();
    expect(region.querySelector('[aria-live="polite"]')).toHaveTextContent('oct de 2025 a feb de 2026');
    expect(screen.getByRole('slider', { name: 'Inicio del periodo' })).toHaveAttribute(
      'aria-valuetext',
      'octubre de 2025',
    );
  });
});
