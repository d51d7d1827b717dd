/**
 * The analysis web worker (a module worker bundled by Vite): wires handleAnalysisMessage to
 * the worker's messages. A MessageChannel schedules each queued request, so that 'cancel' and
 * 'load' messages from the page get through between two requests without setTimeout's
 * clamping. Through the handler, this is where blocs, metrics and path search run for
 * networks too large for the page's thread (see network-analysis.svelte.ts).
 */
import { createAnalysisState, handleAnalysisMessage } from './analysis-handler';
import type { FromAnalysisWorker, ToAnalysisWorker } from './analysis-protocol';

const channel = new MessageChannel();
const tasks: Array<() => void> = [];
channel.port1.onmessage = () => tasks.shift()?.();

const state = createAnalysisState((task) => {
  tasks.push(task);
  channel.port2.postMessage(null);
});

const post = (message: FromAnalysisWorker, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

self.onmessage = (event: MessageEvent<ToAnalysisWorker>) => handleAnalysisMessage(state, event.data, post);
