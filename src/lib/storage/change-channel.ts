/** Tells every open tab (and every store in this tab) that stored data changed. */
export interface ChangeNotice {
  /** The record kind that changed, or '*' after an import or a delete-all. */
  kind: string;
  revision: number;
  from: string;
}

export interface ChangeChannel {
  publish(notice: ChangeNotice): void;
  subscribe(listener: (notice: ChangeNotice) => void): () => void;
}

const CHANNEL_NAME = 'mentorkit-storage';

export function createChangeChannel(crossTab: boolean): ChangeChannel {
  const listeners = new Set<(notice: ChangeNotice) => void>();
  const broadcast = crossTab && typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(CHANNEL_NAME) : undefined;
  const deliver = (notice: ChangeNotice) => {
    for (const listener of listeners) listener(notice);
  };
  broadcast?.addEventListener('message', (event: MessageEvent<ChangeNotice>) => deliver(event.data));
  return {
    publish(notice) {
      deliver(notice);
      broadcast?.postMessage(notice);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
