/**
 * 15Five (<company>.15five.com, my.15five.com). Best-Self Review® (may be
 * renamed per account, V) is written under /reviews/… (G) in the cycle's
 * "Write reviews" tab; check-ins, /profile/highlights/ (V), objectives and
 * High Fives are not reviews. Answers are textareas (G); the AI "Reflect"
 * notes rich text editor (V) is not an answer, hence textareas only.
 */
import { defineAdapter } from '../define';
import type { SuiteAddress, SuiteUrls } from '../types';

/** Where its review pages are: all the launcher reads before it loads the rest (utils/adapters/addresses.ts). */
export const address = {
  hosts: ['https://*.15five.com/*'],
  path: /^\/(?:[\w-]+\/)?reviews?\/[\w-]/,
} satisfies SuiteAddress;

export const adapter = /* @__PURE__ */ defineAdapter({
  ...address,
  id: 'fifteen-five',
  name: '15Five',
  fields: 'textarea',
  exclude: '[role=dialog],aside,header,nav',
});

export const urls: SuiteUrls = {
  review: [
    'https://acme.15five.com/reviews/cycle/812/write/',
    'https://acme.15five.com/reviews/cycle/812/review/5531/',
    'https://my.15five.com/reviews/cycle/812/write/?review=5531',
    'https://ejemplo.15five.com/reviews/cycle/90/review/7702/',
  ],
  other: [
    'https://acme.15five.com/profile/highlights/',
    'https://acme.15five.com/checkins/',
    'https://acme.15five.com/objectives/',
    'https://acme.15five.com/high-fives/',
    'https://acme.15five.com/one-on-ones/',
    'https://my.15five.com/dashboard/',
  ],
};
