/**
 * The minimal sidebar again, on the stack the architecture fixes for every
 * extension page (DESIGN.md §3): the browser API through
 * webextension-polyfill, the reply validated by the data model's own zod
 * schemas (utils/model, as every message is validated on receipt), and the
 * plain list rendered by Preact. Bundled by the bench (floors.mjs). What it
 * costs beyond the minimal sidebar is what the stack costs, whatever the
 * sidebar shows.
 */
import browser from 'webextension-polyfill';
import * as z from 'zod/mini';
import { h, render } from 'preact';
import { Goal, Note } from '../../utils/model';

const Reply = z.object({ goals: z.array(Goal), notes: z.array(Note) });

browser.runtime.sendMessage({ type: 'data' }).then((reply) => {
  const { goals, notes } = Reply.parse(reply);
  render(
    h('ul', null, [...goals.map((goal) => h('li', { key: goal.id }, goal.title)), ...notes.map((note) => h('li', { key: note.id }, note.text))]),
    document.body,
  );
  performance.mark('review-companion:data-shown');
});
