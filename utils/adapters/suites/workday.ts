/**
 * Workday. Review tasks are inbox items behind opaque task URLs, so the page
 * must name a review (title or header) and carry Workday's automation ids.
 * Answers: `textAreaField` textareas and the rich text editor's editable;
 * label = the `formLabel` of the same `formItem`.
 *
 * Whose review: the task title names the evaluation ("Complete Self
 * Evaluation", "Manager Evaluation", V) and the worker ("for Jane Doe", G);
 * the header's profile button the signed-in user (G).
 */
import { defineAdapter, textNear } from '../define';
import { firstText, textMatch } from '../context';
import type { SuiteAddress, SuiteUrls } from '../types';

/** Where its review pages are: all the launcher reads before it loads the rest (utils/adapters/addresses.ts). */
export const address = {
  hosts: ['https://*.myworkday.com/*'],
  path: /\/d\/[^?#]+\.htmld/,
} satisfies SuiteAddress;

export const adapter = /* @__PURE__ */ defineAdapter({
  ...address,
  id: 'workday',
  name: 'Workday',
  signature: '[data-automation-id]',
  needsReviewWords: true,
  fields: 'textarea[data-automation-id=textAreaField],[data-automation-id=richTextEditor] [contenteditable]',
  exclude: '[role=search],[role=complementary]',
  label: (field) => textNear(field, '[data-automation-id=formItem]', '[data-automation-id=formLabel]'),
  context: {
    subject: (doc) => textMatch(doc, '[data-automation-id=pageHeaderTitleText]', /\b(?:for|voor|pour|für)\s+([^:]+?)\s*(?::|$)/i),
    writer: (doc) => firstText(doc, '[data-automation-id=Current_User]'),
  },
});

export const urls: SuiteUrls = {
  review: [
    'https://wd5.myworkday.com/acme/d/task/2997$4321.htmld',
    'https://wd12.myworkday.com/acme/d/inst/15$88213/rel-task/2997$4321.htmld',
    'https://wd3.myworkday.com/globex/d/inst/1$7788/rel-task/2998$1212.htmld?redirect=n',
    'https://www.myworkday.com/initech/d/home.htmld',
    'https://impl.wd12.myworkday.com/acme_preview/d/task/2997$4321.htmld',
  ],
  other: [
    'https://wd5.myworkday.com/acme/login.htmld',
    'https://wd5.myworkday.com/wday/authgwy/acme/login.htmld?returnTo=%2facme%2fd%2fhome.htmld',
    'https://wd12.myworkday.com/acme/login-saml2.htmld',
    'https://acme.wd5.myworkdayjobs.com/en-US/External/job/Remote/Engineer_R-1234',
    'https://wd2-impl-services1.workday.com/ccx/service/acme/Human_Resources/v42.0',
  ],
};
