/**
 * Zoho People. A hash-routed app (`/<org>/zp#<service>/…`, V); the review
 * lives under Performance > My Review (`#performance/myreview/…`, V for
 * goals) or an appraisal / self-review route (G). Answers: comment textareas
 * (G); a KRA or goal row's comment is labelled by the row's first cell.
 */
import { defineAdapter, textNear } from '../define';
import type { SuiteAddress, SuiteUrls } from '../types';

/** Where its review pages are: all the launcher reads before it loads the rest (utils/adapters/addresses.ts). */
export const address = {
  hosts: ['https://people.zoho.com/*', 'https://people.zoho.eu/*', 'https://people.zoho.in/*', 'https://people.zoho.com.au/*'],
  path: /\/zp#performance\/(?:myreview|selfreview|appraisal|review)/i,
} satisfies SuiteAddress;

export const adapter = /* @__PURE__ */ defineAdapter({
  ...address,
  id: 'zoho-people',
  name: 'Zoho People',
  fields: 'textarea,[contenteditable]',
  exclude: '[role=dialog],[role=search],[role=complementary]',
  label: (field) => textNear(field, 'tr', 'td'),
});

export const urls: SuiteUrls = {
  review: [
    'https://people.zoho.in/zp#performance/myreview/goals',
    'https://people.zoho.com/acmecorp/zp#performance/myreview/kra',
    'https://people.zoho.eu/20096346973/zp#performance/myreview/summary',
    'https://people.zoho.com.au/globex/zp#performance/appraisal/selfappraisal-appraisalId:61000000123',
    'https://people.zoho.com/720722449/zp#performance/selfreview/form',
  ],
  other: [
    'https://people.zoho.com/hrmsbct/zp#home/dashboard',
    'https://people.zoho.in/dealermatix/zp#home/myspace/overview-actionlist',
    'https://people.zoho.com/acmecorp/zp#leavetracker/mydata/applyleave',
    'https://people.zoho.eu/20096346973/zp#attendance/entry/summary-mode:list',
    'https://people.zoho.in/rubixtec/zp#selfservice/user/profile',
    'https://people.zoho.com/indexnine/zp#timetracker/mydata/timelogs-mode:list',
    'https://people.zoho.com/acmecorp/zp#reimbursement/form/add-formLinkName:Reimbursement_Form',
    'https://people.zoho.com/acmecorp/zp#performance/mydata/goals',
    'https://people.zoho.com/720722449/zp#performance/form/listview-formId:610005000005557247/viewId:610005000005557249',
  ],
};
