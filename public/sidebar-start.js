// The sidebar's first data request, sent while the page's modules still load:
// a classic script runs as the HTML is parsed, the modules only once all of
// them are fetched and evaluated, so the background's read overlaps loading
// the code (and starting a stopped service worker). createSidebarLoader
// (entrypoints/sidebar/App.tsx) takes the request over and checks its reply's
// shape (the background validated it). Plain JavaScript on purpose: nothing is
// bundled into it.
(() => {
  const api = globalThis.browser ?? globalThis.chrome;
  // The frame's token, as App.tsx reads it (FRAME_TOKEN_PATTERN).
  const token = location.hash.slice(1);
  // FIRST_NOTES_PAGE in utils/messaging: the newest notes only.
  const message = { type: 'get-review-data', notesLimit: 30 };
  if (/^[0-9a-f]{32}$/.test(token)) message.frameToken = token;
  try {
    const reply = api.runtime.sendMessage(message);
    reply.catch(() => undefined);
    // Configurable: the module takes it over and deletes it, so the raw
    // reply is not kept for the page's lifetime.
    Object.defineProperty(globalThis, 'reviewCompanionFirstData', { value: reply, configurable: true });
  } catch {
    // The module asks again.
  }
})();
