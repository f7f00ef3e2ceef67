/**
 * BambooHR (<company>.bamboohr.com, single-page app). Reviews live under the
 * employee's Performance tab: Assessments (self and manager, G path) and
 * 360° Feedback requests; the Goals route of the same tab, time off and the
 * employee profile are not reviews. Free-text questions are textareas (G);
 * the multiple-choice "Other" box (≤100 chars, V) is a short input, not an answer.
 */
import { defineAdapter } from '../define';
import type { SuiteAddress, SuiteUrls } from '../types';

/** Where its review pages are: all the launcher reads before it loads the rest (utils/adapters/addresses.ts). */
export const address = {
  hosts: ['https://*.bamboohr.com/*'],
  path: /^\/performance\/(?:(?:employees\/)?\d+\/)?(?:assessments?|feedback)(?![\w-])/,
} satisfies SuiteAddress;

export const adapter = /* @__PURE__ */ defineAdapter({
  ...address,
  id: 'bamboohr',
  name: 'BambooHR',
  fields: 'textarea,[contenteditable]',
  exclude: '[role=dialog],aside,header,nav',
});

export const urls: SuiteUrls = {
  review: [
    'https://acme.bamboohr.com/performance/42/assessments',
    'https://acme.bamboohr.com/performance/42/assessments?cycleId=5',
    'https://exemple-sarl.bamboohr.com/performance/17/assessments',
    'https://acme.bamboohr.com/performance/42/feedback',
  ],
  other: [
    'https://acme.bamboohr.com/home',
    'https://acme.bamboohr.com/performance/42/goals',
    'https://acme.bamboohr.com/performance/42/goals/7',
    'https://acme.bamboohr.com/employees/employee.php?id=42',
    'https://acme.bamboohr.com/time_off/requests/new',
    'https://acme.bamboohr.com/hiring/jobs',
  ],
};
