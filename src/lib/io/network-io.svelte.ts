/**
 * Opening and exporting networks, as rune state for the page: whether an open is under
 * way, the problems of the last file that could not be opened, and the two actions. The
 * parsers and exporters load on demand (most visits never open or export a file); every
 * outcome is a message from the catalogue, so the page words it in the chosen language.
 */
import type { Network } from '../data/network';
import { msg, type Message } from '../i18n/messages';
import type { OpenControl } from './open-files';
import type { ExportFormat, ExportRequest } from './export-view';

/** A file that could not be opened, or an export that failed: a title and its problems. */
export interface FileProblems {
  title: Message;
  problems: Message[];
}

export interface NetworkIoHooks {
  /** A network was opened and checked in full; `notices` say what was changed on the way. */
  onOpened: (network: Network, notices: Message[]) => void;
  /** The user cancelled an open; the current network stays. */
  onCancelled: (notice: Message) => void;
}

function errorDetail(error: unknown): Message {
  return msg('io_error_detail', { detail: (error as Error)?.message ?? String(error) });
}

export class NetworkIo {
  opening = $state(false);
  problems = $state.raw<FileProblems | null>(null);

  constructor(private readonly hooks: NetworkIoHooks) {}

  /** Reads and checks the files (in a worker); the current network stays until they pass. */
  async open(files: File[], control?: OpenControl): Promise<void> {
    this.opening = true;
    this.problems = null;
    const names = files.map((f) => f.name).join(', ');
    try {
      // The reader and the words of its problems and warnings load on demand.
      const [{ openFiles }] = await Promise.all([
        import('./open-files'),
        import('../i18n/all-messages'),
        import('../appearance/palette-generator'),
      ]);
      const result = await openFiles(files, control);
      if (!result.ok) {
        this.problems = { title: msg('io_could_not_open', { names }), problems: result.problems };
        return;
      }
      const { network } = result;
      const opened = msg('io_opened', {
        name: network.name,
        actors: network.actors.length,
        relations: network.relations.length,
      });
      this.hooks.onOpened(network, [opened, ...result.warnings]);
    } catch (error) {
      if (control?.signal?.aborted) this.hooks.onCancelled(msg('io_open_cancelled', { names }));
      else this.problems = { title: msg('io_could_not_open', { names }), problems: [errorDetail(error)] };
    } finally {
      this.opening = false;
    }
  }

  async export(format: ExportFormat, request: ExportRequest | (() => Promise<ExportRequest>)): Promise<void> {
    try {
      const [{ exportView }] = await Promise.all([import('./export-view'), import('../i18n/all-messages')]);
      await exportView(format, typeof request === 'function' ? await request() : request);
    } catch (error) {
      this.problems = { title: msg('io_export_failed'), problems: [errorDetail(error)] };
    }
  }

  /** Shows a failure that happened elsewhere on the page (a panel that did not load). */
  report(title: Message, error: unknown): void {
    this.problems = { title, problems: [errorDetail(error)] };
  }

  dismiss(): void {
    this.problems = null;
  }
}
