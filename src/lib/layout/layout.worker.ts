/**
 * The layout's web worker (a module worker bundled by Vite): wires LayoutSession to the
 * worker's messages. A MessageChannel schedules the next slice of work, so that messages
 * from the page (stop) get through between slices without setTimeout's clamping. Through
 * the session, this is where ForceAtlas2 and noverlap are loaded: the page never imports them.
 */
import { LayoutSession } from './layout-session';
import type { ToWorker } from './layout-protocol';

const channel = new MessageChannel();
let next: (() => void) | null = null;
channel.port1.onmessage = () => {
  const task = next;
  next = null;
  task?.();
};

const session = new LayoutSession({
  post: (message, transfer) => self.postMessage(message, { transfer }),
  schedule: (task) => {
    next = task;
    channel.port2.postMessage(null);
  },
  now: () => performance.now(),
});

self.onmessage = (event: MessageEvent<ToWorker>) => session.handle(event.data);
