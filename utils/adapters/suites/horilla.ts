/**
 * Horilla (self-hosted, server-rendered Django + HTMX). The review page is
 * the 360° feedback answer form /pms/feedback-answer-get/<id>: text
 * questions are single-line `input.oh-input[name=answer<id>]` under a
 * `span.oh-label--question` ("1.What went well?"); rating, yes/no, choice and
 * Likert questions are radios. The objective page's comment box
 * (/pms/objective-detailed-view/<id>, #id_comment) is a goal comment, not a
 * review. The page content (#main-section-data) starts display:none until the
 * page's loader script shows it.
 *
 * Whose review: one feedback is answered at the same address by the
 * employee, the manager and colleagues, so only names tell them apart: the
 * user menu (writer) against the feedback's employee (subject) and manager.
 */
import { defineAdapter, textNear } from '../define';
import { EMPLOYEE_LABEL, firstText, textMatch } from '../context';
import type { SuiteAddress, SuiteUrls } from '../types';

/** Where its review pages are: all the launcher reads before it loads the rest (utils/adapters/addresses.ts). */
export const address = {
  hosts: [],
  path: /\/pms\/feedback-answer-get\/\d+\/?(?:$|[?#])/,
} satisfies SuiteAddress;

export const adapter = /* @__PURE__ */ defineAdapter({
  ...address,
  id: 'horilla',
  name: 'Horilla',
  signature: '.oh-label--question',
  fields: 'input[name^="answer"], textarea[name^="answer"]',
  // The question, without its number ("1.").
  label: (field) => textNear(field, 'div', '.oh-label--question')?.replace(/^\d+\.\s*/, ''),
  // The same form serves the employee, the manager and colleagues: only the
  // user menu says who writes. Subject: the card under the title (G), else
  // the breadcrumb's "<first name> - <feedback title>" (Feedback.__str__, V).
  context: {
    subject: (doc) =>
      textMatch(doc, '.oh-feedback-people__item', EMPLOYEE_LABEL) ??
      textMatch(doc, '.oh-navbar__breadcrumb-item:last-child', /^(.+?)\s+-\s+\S/),
    writer: (doc) => firstText(doc, '.oh-navbar__user-name'),
    subjectManager: (doc) =>
      textMatch(doc, '.oh-feedback-people__item', /^(?:Manager|Responsable|Vorgesetzte[rn]?|Führungskraft|Leidinggevende)\s*:\s*(.+)$/i),
    isSelfForm: () => false,
    isManagerForm: () => false,
  },
});

export const urls: SuiteUrls = {
  review: [
    'https://hr.acme-corp.example/pms/feedback-answer-get/5',
    'https://hr.acme-corp.example/pms/feedback-answer-get/12/',
    'https://horilla.acme-corp.example/pms/feedback-answer-get/318',
  ],
  other: [
    'https://hr.acme-corp.example/pms/feedback-view/',
    'https://hr.acme-corp.example/pms/feedback-answer-view/5',
    'https://hr.acme-corp.example/pms/feedback-detailed-view/5',
    'https://hr.acme-corp.example/pms/objective-detailed-view/12',
    'https://hr.acme-corp.example/pms/dashboard-view',
    'https://hr.acme-corp.example/leave/user-request-view',
    'https://hr.acme-corp.example/employee/employee-profile/',
    'https://hr.acme-corp.example/payroll/view-payslip',
  ],
};
