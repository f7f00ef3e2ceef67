/**
 * Factorial (`app.factorialhr.com`), a React SPA. Review answers live under
 * `/performance/reviews/<id>/…` (G: only Performance > Reviews is V), never the
 * dashboard, attendance or goals. Answers are textareas (G).
 */
import { defineAdapter } from '../define';
import type { SuiteAddress, SuiteUrls } from '../types';

/** Where its review pages are: all the launcher reads before it loads the rest (utils/adapters/addresses.ts). */
export const address = {
  hosts: ['https://app.factorialhr.com/*'],
  path: /^\/performance\/(?:reviews?|evaluations)\/[\w-]/,
} satisfies SuiteAddress;

export const adapter = /* @__PURE__ */ defineAdapter({
  ...address,
  id: 'factorial',
  name: 'Factorial',
  fields: 'textarea, [contenteditable]',
  exclude: '[id^=intercom]',
});

export const urls: SuiteUrls = {
  review: [
    'https://app.factorialhr.com/performance/reviews/4512/evaluations/88213',
    'https://app.factorialhr.com/performance/reviews/4512/self-evaluation',
    'https://app.factorialhr.com/performance/reviews/3970',
  ],
  other: [
    'https://app.factorialhr.com/dashboard',
    'https://app.factorialhr.com/attendance/clock-in/2026/4',
    'https://app.factorialhr.com/performance/reviews',
    'https://app.factorialhr.com/performance/goals',
    'https://app.factorialhr.com/time_off',
    'https://app.factorialhr.com/employees/12345/personal',
    'https://app.factorialhr.com/payroll/payslips',
  ],
};
