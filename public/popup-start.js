// The popup's first moment: its note box is in popup.html itself, and this
// classic script (preloaded from the head, run as the parser reaches it, long
// before the modules are fetched and evaluated) focuses it, so the first key
// typed lands in it, and names it in the browser's language. `autofocus` alone
// waits for the next frame: measured slower. A Ctrl+Enter (⌘+Enter) pressed
// before the app runs is remembered, and the app saves the note when it
// starts (entrypoints/popup/early.ts takes this over). Plain JavaScript on
// purpose: nothing is bundled into it.
(() => {
  const box = document.getElementById('note-text');
  if (!box) return;
  // Focused before anything else: naming the texts below is the page's first
  // use of the extension API, which sets up its bindings (about a millisecond).
  box.focus();
  const api = globalThis.browser ?? globalThis.chrome;
  const texts = [
    ['.popup h1', 'popupTitle'],
    ['label[for="note-text"]', 'noteText'],
    ['#note-hint', 'noteHint'],
  ];
  for (const [selector, key] of texts) {
    const element = document.querySelector(selector);
    try {
      if (element && !element.textContent) element.textContent = api.i18n.getMessage(key);
    } catch {
      // The app names them.
    }
  }
  let saveAsked = false;
  const onKeyDown = (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      saveAsked = true;
    }
  };
  box.addEventListener('keydown', onKeyDown);
  Object.defineProperty(globalThis, 'reviewCompanionPopupStart', {
    configurable: true,
    value: {
      /** Stops listening; whether a save was asked for meanwhile. */
      stop() {
        box.removeEventListener('keydown', onKeyDown);
        return saveAsked;
      },
    },
  });
})();
