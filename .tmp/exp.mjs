import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
const ext = process.cwd() + '/.output/chrome-mv3';
const ctx = await chromium.launchPersistentContext(mkdtempSync('/tmp/fr-exp-'), { executablePath: '/usr/bin/chromium', headless: true,
  args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--disable-gpu','--no-first-run'] });
const sw = ctx.serviceWorkers()[0] ?? await ctx.waitForEvent('serviceworker');
const id = new URL(sw.url()).host;
const p = await ctx.newPage();
await p.goto(`chrome-extension://${id}/options.html`);
await p.evaluate(() => { chrome.runtime.onMessage.addListener((m, s, r) => { r({ got: m, sender: s }); return true; }); });
const res = await sw.evaluate(async () => { const [t] = await chrome.tabs.query({ url: chrome.runtime.getURL('/options.html') }); try { return await chrome.tabs.sendMessage(t.id, { hi: 1 }, { frameId: 0 }); } catch (e) { return 'ERR ' + e.message; } });
console.log(JSON.stringify(res));
await ctx.close();
