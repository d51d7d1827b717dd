/**
 * The progress of a slow open: the indicator shows the file and the step and stops the
 * open on Cancel; OpenNetwork shows it only once the open has lasted half a second.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import LoadProgress from '../../src/components/io/LoadProgress.svelte';
import OpenNetwork from '../../src/components/io/OpenNetwork.svelte';
import type { OpenControl } from '../../src/lib/io/open-files';

describe('LoadProgress', () => {
  it('names the file and the step, with a bar when the share done is known', () => {
    render(LoadProgress, { title: 'big.gexf', phase: 'parsing', fraction: 0.42, onCancel: () => {} });
    const status = screen.getByRole('status', { name: 'Opening network' });
    expect(status).toHaveTextContent('Opening big.gexf');
    expect(status).toHaveTextContent('Parsing');
    expect(status).toHaveTextContent('42 %');
    expect(screen.getByRole('progressbar', { name: 'Opening network' })).toHaveAttribute('value', '42');
  });

  it('has an indeterminate bar when the share is unknown, and Cancel calls back', async () => {
    const onCancel = vi.fn();
    render(LoadProgress, { title: 'a.graphml', phase: 'building', onCancel });
    expect(screen.getByRole('progressbar', { name: 'Opening network' })).not.toHaveAttribute('value');
    expect(screen.getByRole('status')).toHaveTextContent('Building the network');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
  });
});

describe('OpenNetwork while an open is under way', () => {
  afterEach(() => vi.useRealTimers());

  function choose(name: string): void {
    const input = screen.getByLabelText('Open network') as HTMLInputElement;
    const file = new File(['<gexf/>'], name);
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }

  it('shows nothing for a quick open', async () => {
    vi.useFakeTimers();
    const onFiles = vi.fn(async () => {});
    render(OpenNetwork, { onFiles, busy: false });
    choose('quick.gexf');
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(onFiles).toHaveBeenCalledOnce();
    expect(screen.queryByRole('status', { name: 'Opening network' })).not.toBeInTheDocument();
  });

  it('shows the progress after half a second, follows the steps, and Cancel aborts the signal', async () => {
    vi.useFakeTimers();
    let control: Required<OpenControl> | undefined;
    let settle: () => void = () => {};
    const onFiles = vi.fn((_files: File[], given: Required<OpenControl>) => {
      control = given;
      return new Promise<void>((resolve, reject) => {
        settle = resolve;
        given.signal.addEventListener('abort', () => reject(given.signal.reason));
      }).catch(() => {});
    });
    render(OpenNetwork, { onFiles, busy: false });
    choose('slow.gexf');
    await act(() => vi.advanceTimersByTimeAsync(400));
    expect(screen.queryByRole('status', { name: 'Opening network' })).not.toBeInTheDocument();
    await act(() => control?.onProgress({ phase: 'parsing', fraction: 0.25 }));
    await act(() => vi.advanceTimersByTimeAsync(200));
    const status = screen.getByRole('status', { name: 'Opening network' });
    expect(status).toHaveTextContent('Opening slow.gexf');
    expect(status).toHaveTextContent('Parsing');
    expect(status).toHaveTextContent('25 %');

    vi.useRealTimers();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(control?.signal.aborted).toBe(true);
    expect(control?.signal.reason).toMatchObject({ name: 'AbortError' });
    expect(screen.queryByRole('status', { name: 'Opening network' })).not.toBeInTheDocument();
    settle();
  });

  it('takes the indicator away when the open ends', async () => {
    vi.useFakeTimers();
    let settle: () => void = () => {};
    render(OpenNetwork, { onFiles: () => new Promise<void>((resolve) => (settle = resolve)), busy: false });
    choose('slow.gexf');
    await act(() => vi.advanceTimersByTimeAsync(600));
    expect(screen.getByRole('status', { name: 'Opening network' })).toBeInTheDocument();
    await act(async () => settle());
    expect(screen.queryByRole('status', { name: 'Opening network' })).not.toBeInTheDocument();
  });
});
