/**
 * Hands the event loop a turn (the page paints, takes keys), then goes on.
 * Not `setTimeout(0)`: nested timers are clamped to 4 ms each after the
 * fifth, and a long import takes a turn some fifty times. `scheduler.yield()`
 * where the browser has it (Chromium 129+), else a message to itself.
 */
export function nextTurn(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
