// The options page's first read, started while the page's modules still
// load: an async classic script runs as soon as it is fetched, the modules
// only once all of them are fetched and evaluated, so reading my goals from
// IndexedDB overlaps loading the code. The page's module takes the result
// over and checks it (firstGoalsOf in utils/db), or reads again itself when
// this found nothing usable. It only reads: a database that does not exist
// yet is left for the module to create with its migrations. Plain
// JavaScript on purpose: nothing is bundled into it. The names below are the
// schema's (utils/db/schema.ts, utils/db/migrations.ts); a unit test checks
// this script against the real database code.
(() => {
  const read = new Promise((resolve, reject) => {
    const request = indexedDB.open('review-companion');
    // No database yet: opening it would create an empty version 1.
    request.onupgradeneeded = () => request.transaction.abort();
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      // Never stands in the way of an upgrade.
      db.onversionchange = () => db.close();
      const found = {};
      try {
        const tx = db.transaction(['settings', 'cycles', 'goals']);
        tx.oncomplete = () => {
          db.close();
          resolve(found);
        };
        tx.onabort = () => {
          db.close();
          reject(tx.error);
        };
        tx.objectStore('settings').get('settings').onsuccess = ({ target }) => {
          found.settings = target.result;
          const cycleId = target.result?.currentCycleId;
          if (typeof cycleId !== 'string') return;
          tx.objectStore('cycles').get(cycleId).onsuccess = ({ target: cycle }) => {
            found.cycle = cycle.result;
          };
          tx.objectStore('goals').index('byCycle').getAll(cycleId).onsuccess = ({ target: goals }) => {
            found.goals = goals.result;
          };
        };
      } catch (error) {
        db.close();
        reject(error);
      }
    };
  });
  read.catch(() => undefined);
  Object.defineProperty(globalThis, 'reviewCompanionFirstGoals', { value: read, configurable: true });
})();
