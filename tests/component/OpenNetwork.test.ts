/**
 * OpenNetwork starts the import worker at the user's first sign of opening a file: the
 * pointer on the button, focus in it, a click on it, or a file dragged over the page.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import OpenNetwork from '../../src/components/io/OpenNetwork.svelte';

const prepareImport = vi.hoisted(() => vi.fn());
vi.mock('../../src/lib/io/open-files', () => ({ prepareImport }));

function dragEvent(type: string, types: string[]): Event {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'dataTransfer', { value: { types, files: [] } });
  return event;
}

describe('OpenNetwork starts the import worker early', () => {
  beforeEach(() => prepareImport.mockClear());

  it('when the pointer enters the button, focus comes into it, or it is clicked', async () => {
    render(OpenNetwork, { onFiles: vi.fn(), busy: false });
    const input = screen.getByLabelText('Open network');
    await fireEvent.pointerEnter(input.closest('label')!);
    await waitFor(() => expect(prepareImport).toHaveBeenCalledTimes(1));
    await fireEvent.focusIn(input);
    await waitFor(() => expect(prepareImport).toHaveBeenCalledTimes(2));
    await fireEvent.click(input);
    await waitFor(() => expect(prepareImport).toHaveBeenCalledTimes(3));
  });

  it('on the first dragenter of files over the page, not of other things', async () => {
    render(OpenNetwork, { onFiles: vi.fn(), busy: false });
    window.dispatchEvent(dragEvent('dragenter', ['text/plain']));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(prepareImport).not.toHaveBeenCalled();
    window.dispatchEvent(dragEvent('dragenter', ['Files']));
    window.dispatchEvent(dragEvent('dragenter', ['Files']));
    await waitFor(() => expect(prepareImport).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(prepareImport).toHaveBeenCalledTimes(1);
  });
});
