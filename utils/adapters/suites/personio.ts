/**
 * Personio (<tenant>.app.personio.com, <tenant>.personio.de; React SPA, G).
 * Reviews (self-reflection / Selbstbeurteilung, peer, upward, manager) are
 * forms in Performance & Development > Feedback / Cycles, under /performance/…
 * (G); that area's Goals and Training routes, time off, attendance and the
 * employee profile are not reviews. Answers and rating comments are textareas (G).
 */
import { defineAdapter } from '../define';
import type { SuiteAddress, SuiteUrls } from '../types';

/** Where its review pages are: all the launcher reads before it loads the rest (utils/adapters/addresses.ts). */
export const address = {
  hosts: ['https://*.personio.com/*', 'https://*.personio.de/*'],
  path: /^\/performance\/(?!goals|trainings?|settings|templates)[\w-]+\/[\w-]/,
} satisfies SuiteAddress;

export const adapter = /* @__PURE__ */ defineAdapter({
  ...address,
  id: 'personio',
  name: 'Personio',
  fields: 'textarea,[contenteditable]',
  exclude: '[role=dialog],aside,header,nav',
});

export const urls: SuiteUrls = {
  review: [
    'https://acme.app.personio.com/performance/cycles/4711/feedback/9021',
    'https://acme.app.personio.com/performance/feedback/3b9e2f4c-1d7a-4c55-9f0e-6a2b8c1d5e77',
    'https://acme-gmbh.personio.de/performance/feedback/8d2c7b1e-5a4f-4e3d-b2c1-0f9e8d7c6b5a/self-reflection',
    'https://acme-gmbh.personio.de/performance/cycles/12/forms/340',
  ],
  other: [
    'https://acme.app.personio.com/dashboard',
    'https://acme.app.personio.com/performance/goals/118',
    'https://acme.app.personio.com/performance/trainings/sessions/7',
    'https://acme-gmbh.personio.de/time-off/employee/123/monthly',
    'https://acme-gmbh.personio.de/attendance/employee/123',
    'https://acme-gmbh.personio.de/staff/details/123',
    'https://acme-gmbh.jobs.personio.de/job/1234567',
    'https://login.personio.com/u/login',
  ],
};
