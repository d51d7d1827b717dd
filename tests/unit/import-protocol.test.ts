/**
 * The import worker's side of its messages, run as a plain function: progress steps in
 * order, then exactly one result; refusals and bad requests answered, never thrown, as
 * catalogue messages that survive the structured clone between worker and page.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answerImportRequest, isOpenRequest, type ImportMessage } from '../../src/lib/io/import-protocol';
import { openFiles } from '../../src/lib/io/open-files';
import { formatMessage, msg } from '../../src/lib/i18n/messages';

const LES_MIS = readFileSync(resolve(process.cwd(), 'tests/fixtures/networks/les-miserables.gexf'), 'utf8');

async function answer(request: unknown, options?: Parameters<typeof answerImportRequest>[2]): Promise<ImportMessage[]> {
  const messages: ImportMessage[] = [];
  await answerImportRequest(request, (message) => messages.push(message), options);
  return messages;
}

describe('the import worker protocol', () => {
  it('tells each step in order, then answers with the network', async () => {
    const messages = await answer({ type: 'open', files: [new File([LES_MIS], 'les-miserables.gexf')] });
    const last = messages.at(-1);
    expect(last?.type).toBe('result');
    if (last?.type !== 'result' || !last.result.ok) throw new Error('expected a network');
    expect(last.result.network.relations).toHaveLength(254);
    expect(messages.filter((m) => m.type === 'result')).toHaveLength(1);
    const phases = messages.flatMap((m) => (m.type === 'progress' ? [m.phase] : []));
    expect([...new Set(phases)]).toEqual(['reading', 'parsing', 'checking', 'building']);
    expect(messages[0]).toEqual({ type: 'progress', phase: 'reading', fraction: 0 });
    expect(messages).toContainEqual({ type: 'progress', phase: 'reading', fraction: 1 });
  });

  it('answers with the problems of a broken file, naming it and the line', async () => {
    const messages = await answer({ type: 'open', files: [new File([LES_MIS.slice(0, 5000)], 'cut.gexf')] });
    const last = messages.at(-1);
    expect(last).toMatchObject({ type: 'result', result: { ok: false } });
    if (last?.type !== 'result' || last.result.ok) throw new Error('expected problems');
    // What the page receives is a structured clone of what the worker posted.
    const [problem] = structuredClone(last.result.problems);
    expect(problem).toMatchObject({ key: 'xml_malformed_at', params: { file: 'cut.gexf' } });
    expect(formatMessage(problem, 'en')).toMatch(/^cut\.gexf: line \d+, column \d+: malformed XML: /);
  });

  it('refuses a file over the limit without reading it', async () => {
    const messages = await answer(
      { type: 'open', files: [new File(['<gexf/>'.repeat(10)], 'big.gexf')] },
      { maxBytes: 10 },
    );
    const tooLarge = msg('read_too_large', {
      file: 'big.gexf',
      size: 70,
      sizeUnit: 'bytes',
      limit: 10,
      limitUnit: 'bytes',
    });
    expect(messages.at(-1)).toEqual({ type: 'result', result: { ok: false, problems: [tooLarge] } });
    expect(formatMessage(tooLarge, 'en')).toBe('big.gexf is 70 bytes; the limit is 10 bytes.');
    const huge = new File(['x'.repeat(3 * 1024 * 1024)], 'huge.gexf');
    const last = (await answer({ type: 'open', files: [huge] }, { maxBytes: 2 * 1024 * 1024 })).at(-1);
    if (last?.type !== 'result' || last.result.ok) throw new Error('expected problems');
    expect(last.result.problems.map((problem) => formatMessage(problem, 'es'))).toEqual([
      'huge.gexf pesa 3 MB; el límite es de 2 MB.',
    ]);
  });

  it('answers a request it does not understand instead of staying silent', async () => {
    expect(isOpenRequest({ type: 'open', files: [] })).toBe(true);
    expect(isOpenRequest({ type: 'close' })).toBe(false);
    expect(isOpenRequest(null)).toBe(false);
    for (const request of [null, 'open', { type: 'open' }, { type: 'other', files: [] }]) {
      expect(await answer(request)).toEqual([
        { type: 'result', result: { ok: false, problems: [msg('read_bad_request')] } },
      ]);
    }
  });

  it('thins out progress of one step to one message per 50 ms', async () => {
    const clock = 0;
    const text = `<gexf><graph><nodes>${'<node id="x"/>'.repeat(1)}</nodes></graph></gexf>`;
    const messages = await answer(
      { type: 'open', files: [new File([text], 'a.gexf'), new File([text], 'b.gexf')] },
      { now: () => clock },
    );
    // Two files: reading reports 0, 0.5 (dropped: same step, same instant) and 1.
    expect(messages.filter((m) => m.type === 'progress' && m.phase === 'reading')).toEqual([
      { type: 'progress', phase: 'reading', fraction: 0 },
      { type: 'progress', phase: 'reading', fraction: 1 },
    ]);
  });
});

describe('openFiles without a Worker (jsdom), in the page', () => {
  it('reads, reports progress and answers like the worker', async () => {
    const phases: string[] = [];
    const result = await openFiles([new File([LES_MIS], 'les-miserables.gexf')], {
      onProgress: ({ phase }) => phases.push(phase),
    });
    expect(result.ok && result.network.actors.length).toBe(77);
    expect([...new Set(phases)]).toEqual(['reading', 'parsing', 'checking', 'building']);
  });

  it('rejects with the reason when cancelled before it starts, and reads nothing', async () => {
    const controller = new AbortController();
    controller.abort(new DOMException('stop', 'AbortError'));
    await expect(
      openFiles([new File([LES_MIS], 'les-miserables.gexf')], { signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('openFiles with a worker kept between opens', () => {
  /** A stand-in for the import worker: answers each request with answerImportRequest, unless told to hang. */
  class FakeWorker {
    static created: FakeWorker[] = [];
    static hang = false;
    onmessage: ((event: MessageEvent) => void) | null = null;
    onerror: ((event: ErrorEvent) => void) | null = null;
    onmessageerror: (() => void) | null = null;
    terminated = false;
    requests = 0;
    constructor() {
      FakeWorker.created.push(this);
    }
    postMessage(request: unknown): void {
      this.requests++;
      if (FakeWorker.hang) return;
      void answerImportRequest(request, (message) => {
        if (!this.terminated) this.onmessage?.({ data: message } as MessageEvent);
      });
    }
    terminate(): void {
      this.terminated = true;
    }
  }

  async function freshModule(): Promise<typeof import('../../src/lib/io/open-files')> {
    vi.resetModules();
    return import('../../src/lib/io/open-files');
  }

  const lesMis = () => [new File([LES_MIS], 'les-miserables.gexf')];

  beforeEach(() => {
    FakeWorker.created = [];
    FakeWorker.hang = false;
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('starts one worker and reuses it for the next open', async () => {
    const { openFiles: open } = await freshModule();
    expect((await open(lesMis())).ok).toBe(true);
    expect((await open(lesMis())).ok).toBe(true);
    expect(FakeWorker.created).toHaveLength(1);
    expect(FakeWorker.created[0].requests).toBe(2);
    expect(FakeWorker.created[0].terminated).toBe(false);
  });

  it('prepareImport starts the worker ahead, once, and the open uses it', async () => {
    const { openFiles: open, prepareImport } = await freshModule();
    prepareImport();
    prepareImport();
    expect(FakeWorker.created).toHaveLength(1);
    expect((await open(lesMis())).ok).toBe(true);
    expect(FakeWorker.created).toHaveLength(1);
    expect(FakeWorker.created[0].requests).toBe(1);
  });

  it('cancelling terminates the worker and rejects; the next open starts a fresh one', async () => {
    const { openFiles: open } = await freshModule();
    FakeWorker.hang = true;
    const controller = new AbortController();
    const pending = open(lesMis(), { signal: controller.signal });
    controller.abort(new DOMException('stop', 'AbortError'));
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeWorker.created[0].terminated).toBe(true);
    FakeWorker.hang = false;
    expect((await open(lesMis())).ok).toBe(true);
    expect(FakeWorker.created).toHaveLength(2);
    expect(FakeWorker.created[1].terminated).toBe(false);
  });

  it('a second open while the kept worker is busy gets a one-off worker, ended after', async () => {
    const { openFiles: open } = await freshModule();
    const first = open(lesMis());
    const second = open(lesMis());
    expect((await first).ok && (await second).ok).toBe(true);
    expect(FakeWorker.created).toHaveLength(2);
    expect(FakeWorker.created.map((worker) => worker.terminated)).toEqual([false, true]);
  });

  it('a worker whose script fails before answering is dropped and the open runs in the page', async () => {
    const { openFiles: open } = await freshModule();
    FakeWorker.hang = true;
    const pending = open(lesMis());
    FakeWorker.created[0].onerror?.({ preventDefault() {}, message: 'no script' } as ErrorEvent);
    const result = await pending;
    expect(result.ok && result.network.actors.length).toBe(77);
    expect(FakeWorker.created[0].terminated).toBe(true);
  });

  it('a worker that stops after answering gives a problem naming the files and the reason', async () => {
    const { openFiles: open } = await freshModule();
    FakeWorker.hang = true;
    const pending = open(lesMis());
    const worker = FakeWorker.created[0];
    worker.onmessage?.({ data: { type: 'progress', phase: 'reading', fraction: 0 } } as MessageEvent);
    worker.onerror?.({ preventDefault() {}, message: 'out of memory' } as ErrorEvent);
    const result = await pending;
    expect(result).toEqual({
      ok: false,
      problems: [msg('read_reader_stopped', { files: 'les-miserables.gexf', detail: 'out of memory' })],
    });
    expect(result.ok ? [] : result.problems.map((problem) => formatMessage(problem, 'en'))).toEqual([
      'les-miserables.gexf: could not be read (the reader stopped: out of memory)',
    ]);
  });

  it('a network that cannot be passed to the page is a problem naming the files', async () => {
    const { openFiles: open } = await freshModule();
    FakeWorker.hang = true;
    const pending = open(lesMis());
    FakeWorker.created[0].onmessageerror?.();
    expect(await pending).toEqual({
      ok: false,
      problems: [msg('read_network_not_passed', { files: 'les-miserables.gexf' })],
    });
  });

  it('no file at all is answered without a worker', async () => {
    const { openFiles: open } = await freshModule();
    expect(await open([])).toEqual({ ok: false, problems: [msg('import_no_file')] });
    expect(FakeWorker.created).toHaveLength(0);
  });
});
