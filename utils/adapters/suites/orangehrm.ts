/**
 * OrangeHRM 5 (self-hosted, Vue 3 + OXD; runs on the customer's domain, or
 * hosted by OrangeHRM on `<company>.orangehrmlive.com`: their public demo is
 * opensource-demo.orangehrmlive.com and trial instances are
 * `<name>-trials<n>.orangehrmlive.com`, as public test suites written against
 * them show).
 * Evaluation pages are server-rendered shells mounted by Vue:
 * /performance/reviewEvaluate/id/<id> (self or supervisor) and
 * /performance/reviewEvaluateByAdmin/<id>, behind /web/index.php unless URLs
 * are rewritten. The KPI comment textareas have no label: the row's KPI title
 * and the cell's column header name them. A collapsed evaluation card renders
 * no body, read-only cards render disabled textareas.
 *
 * Whose review: the review summary names the employee ("Employee: Jordan
 * Example", G for its wording in other languages), the top bar's user menu
 * the logged-in user (`.oxd-userdropdown-name`, V). reviewEvaluateByAdmin is
 * the supervisor's / HR admin's page (V); on reviewEvaluate the editable card
 * says whose evaluation it is ("Self Evaluation by" / "Supervisor Evaluation
 * by").
 */
import { defineAdapter, textNear } from '../define';
import { textOf } from '../../dom';
import { EMPLOYEE_LABEL, firstText, MANAGER_KIND, SELF_KIND, textMatch } from '../context';

/** The title of the card the user can edit: whose evaluation the form is. */
function editableCardTitle(doc: Document): string {
  for (const card of doc.querySelectorAll('.orangehrm-evaluation')) {
    if (card.querySelector('textarea:not([disabled])')) return textOf(card.querySelector('.orangehrm-main-title'));
  }
  return '';
}
import type { SuiteAddress, SuiteUrls } from '../types';

/** Where its review pages are: all the launcher reads before it loads the rest (utils/adapters/addresses.ts). */
export const address = {
  hosts: ['https://*.orangehrmlive.com/*'],
  selfHosted: true,
  path: /\/performance\/reviewEvaluate(?:ByAdmin)?\/(?:id\/)?\d+(?:$|[/?#])/,
} satisfies SuiteAddress;

export const adapter = /* @__PURE__ */ defineAdapter({
  ...address,
  id: 'orangehrm',
  name: 'OrangeHRM',
  signature: '.orangehrm-evaluation',
  fields: 'textarea',
  label(field) {
    // Grid cells of a KPI row: KPI, rating, comment. Walk back to the row's KPI cell.
    let cell = field.closest('.oxd-grid-item')?.previousElementSibling;
    while (cell && !cell.matches('.orangehrm-evaluation-grid-kpi')) cell = cell.previousElementSibling;
    const kpi = textOf(cell?.querySelector('.orangehrm-evaluation-grid-kpi-label'));
    return kpi ? [kpi, textNear(field, '.oxd-grid-item', '.orangehrm-evaluation-grid-kpi-header')].filter(Boolean).join(' – ') : undefined;
  },
  context: {
    subject: (doc) => textMatch(doc, '.orangehrm-review-summary p, .orangehrm-card-container p', EMPLOYEE_LABEL),
    writer: (doc) => firstText(doc, '.oxd-userdropdown-name'),
    isManagerForm: (url, doc) =>
      /\/reviewEvaluateByAdmin\//.test(url.pathname) || MANAGER_KIND.test(editableCardTitle(doc)),
    isSelfForm: (url, doc) => !/\/reviewEvaluateByAdmin\//.test(url.pathname) && SELF_KIND.test(editableCardTitle(doc)),
  },
});

export const urls: SuiteUrls = {
  review: [
    'https://hr.acme-corp.example/web/index.php/performance/reviewEvaluate/id/12',
    'https://hr.acme-corp.example/web/index.php/performance/reviewEvaluateByAdmin/12',
    'https://hr.acme-corp.example/performance/reviewEvaluate/id/7',
    'https://hr.acme-corp.example/orangehrm/web/index.php/performance/reviewEvaluateByAdmin/31',
    'https://opensource-demo.orangehrmlive.com/web/index.php/performance/reviewEvaluate/id/12',
    'https://acme-trials42.orangehrmlive.com/web/index.php/performance/reviewEvaluateByAdmin/5',
  ],
  other: [
    'https://hr.acme-corp.example/web/index.php/performance/myPerformanceReview',
    'https://hr.acme-corp.example/web/index.php/performance/searchEvaluatePerformanceReview',
    'https://hr.acme-corp.example/web/index.php/performance/searchEvaluatePerformancReview',
    'https://hr.acme-corp.example/web/index.php/performance/searchPerformanceReview',
    'https://hr.acme-corp.example/web/index.php/performance/saveReview/12',
    'https://hr.acme-corp.example/web/index.php/performance/addPerformanceTrackerLog/trackId/3',
    'https://hr.acme-corp.example/web/index.php/leave/applyLeave',
    'https://hr.acme-corp.example/web/index.php/pim/viewPersonalDetails/empNumber/7',
    'https://hr.acme-corp.example/web/index.php/dashboard/index',
    'https://opensource-demo.orangehrmlive.com/web/index.php/dashboard/index',
  ],
};
