/**
 * The minimal goal list again, on the stack the architecture fixes for the
 * options page (DESIGN.md §3): idb reads the database in the page, the data
 * model's zod schema checks what it read, Preact renders 50 goals and a
 * "show more" button. Bundled by the bench (floors.mjs).
 */
import { openDB } from 'idb';
import * as z from 'zod/mini';
import { h, render } from 'preact';
import { Goal } from '../../utils/model';

const SHOWN = 50;

openDB('floor')
  .then((db) => db.getAllFromIndex('goals', 'byUpdatedAt'))
  .then((records) => {
    const goals = z.array(Goal).parse(records).reverse();
    render(
      h('main', null, [
        h('ul', { 'data-testid': 'goal-list' }, goals.slice(0, SHOWN).map((goal) => h('li', { key: goal.id }, goal.title))),
        h('button', { type: 'button', class: 'show-more' }, `Show ${goals.length - SHOWN} more`),
      ]),
      document.body,
    );
  });
