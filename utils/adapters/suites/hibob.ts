/**
 * HiBob (`app.hibob.com`), an Angular SPA. Review form:
 * `/performance/my-reviews/reviews/<id>/…` (V; `my-team` G). Answers: bob-style
 * `b-rich-text-editor` on Froala (`.fr-element.fr-view`, V) or `b-textarea`.
 * Froala's label is `for` its wrapper and its toolbar text precedes the
 * editable, so the editor host is labelled instead. Not Froala's link popup
 * nor bob-style comment composers.
 */
import { labelOf } from '../../dom';
import { defineAdapter, textNear } from '../define';
import type { SuiteAddress, SuiteUrls } from '../types';

/** Where its review pages are: all the launcher reads before it loads the rest (utils/adapters/addresses.ts). */
export const address = {
  hosts: ['https://app.hibob.com/*'],
  path: /^\/performance\/[\w-]+\/reviews\/[\w-]/,
} satisfies SuiteAddress;

export const adapter = /* @__PURE__ */ defineAdapter({
  ...address,
  id: 'hibob',
  name: 'HiBob',
  fields: 'textarea, [contenteditable]',
  exclude: '.fr-popup, b-edit-comment, b-comment-list',
  label(field) {
    const rte = field.closest<HTMLElement>('b-rich-text-editor');
    return rte ? textNear(rte, 'b-rich-text-editor', '.bfe-label') || labelOf(rte) : undefined;
  },
});

export const urls: SuiteUrls = {
  review: [
    'https://app.hibob.com/performance/my-reviews/reviews/6843/self',
    'https://app.hibob.com/performance/my-reviews/reviews/7120/',
    'https://app.hibob.com/performance/my-team/reviews/7121/manager',
  ],
  other: [
    'https://app.hibob.com/home',
    'https://app.hibob.com/employee-profile/3317594',
    'https://app.hibob.com/time-off/requests',
    'https://app.hibob.com/performance/my-reviews',
    'https://app.hibob.com/performance/goals/my-goals',
    'https://app.hibob.com/careers/acme/jobs/1234',
  ],
};
