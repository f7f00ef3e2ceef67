/**
 * Leapsome (`www.leapsome.com/app/#/…`), a hash-routed SPA. Review answers:
 * `#/reviews/<…>/<id>` (G; `#/login`, `#/team/settings/` are V), never the
 * reviews dashboard. Questions are collapsible cards (V) with a scale and a
 * comment box (G: textarea): the card's title names the comment, not the
 * scale's text before it.
 */
import { defineAdapter, textNear } from '../define';
import type { SuiteAddress, SuiteUrls } from '../types';

const TITLE = 'h2, h3, h4, [role=heading]';

/** Where its review pages are: all the launcher reads before it loads the rest (utils/adapters/addresses.ts). */
export const address = {
  hosts: ['https://www.leapsome.com/app/*'],
  path: /^\/app\/?#\/reviews\/(?!dashboard\b)[\w-]+\/[\w-]/,
} satisfies SuiteAddress;

export const adapter = /* @__PURE__ */ defineAdapter({
  ...address,
  id: 'leapsome',
  name: 'Leapsome',
  fields: 'textarea, [contenteditable]',
  exclude: '[id^=intercom]',
  label: (field) => textNear(field, `[class*=uestion]:has(${TITLE})`, TITLE),
});

export const urls: SuiteUrls = {
  review: [
    'https://www.leapsome.com/app/#/reviews/assessment/64f1c0a2b3d4e5f6a7b8c9d0',
    'https://www.leapsome.com/app/#/reviews/64f1c0a2b3d4e5f6a7b8c9d0/self',
    'https://www.leapsome.com/app/#/reviews/assessment/64f1c0a2b3d4e5f6a7b8c9d0/5e2a9c1f7b3d4a6e8c0f1a2b?question=3',
  ],
  other: [
    'https://www.leapsome.com/app/#/login',
    'https://www.leapsome.com/app/#/team/settings/',
    'https://www.leapsome.com/app/#/reviews',
    'https://www.leapsome.com/app/#/reviews/dashboard',
    'https://www.leapsome.com/app/#/goals/64f1c0a2b3d4e5f6a7b8c9d0',
    'https://www.leapsome.com/app/#/meetings/5e2a9c1f7b3d4a6e8c0f1a2b',
    'https://www.leapsome.com/product/performance-reviews',
  ],
};
