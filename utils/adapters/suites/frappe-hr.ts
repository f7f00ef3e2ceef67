/**
 * Frappe HR (self-hosted, Frappe desk SPA under /app). Review pages are the
 * Appraisal form (/app/appraisal/HR-APR-2026-00001: Self Appraisal tab with
 * the "Reflections" Text Editor, KRAs tab with "Remarks") and the Employee
 * Performance Feedback form (/app/employee-performance-feedback/HR-PF-2026-00001).
 * Text Editor = Quill (`.ql-editor`), Text = `textarea[data-fieldname]`.
 * Inactive tab panes and pages the desk keeps in the DOM are display:none.
 * The editors without a label take their section head, else their tab's name.
 */
import { defineAdapter, textNear } from '../define';
import { textOf } from '../../dom';
import type { SuiteAddress, SuiteUrls } from '../types';

/** Where its review pages are: all the launcher reads before it loads the rest (utils/adapters/addresses.ts). */
export const address = {
  hosts: [],
  path: /^\/(?:app|desk)\/(?:appraisal|employee-performance-feedback)\/(?!view\/)[^/?#]+/,
} satisfies SuiteAddress;

export const adapter = /* @__PURE__ */ defineAdapter({
  ...address,
  id: 'frappe-hr',
  name: 'Frappe HR',
  // G: /desk/… for newer desks. Not list or report views (/app/appraisal/view/…).
  signature: '.frappe-control[data-fieldname]',
  fields: '.frappe-control[data-fieldtype="Text Editor"] .ql-editor, .frappe-control textarea[data-fieldname]',
  exclude: '.comment-box, .new-comment, .form-sidebar',
  label(field) {
    const tab = field.closest('.tab-pane')?.getAttribute('aria-labelledby');
    return (
      textNear(field, '.frappe-control', '.control-label') ||
      textNear(field, '.form-section', '.section-head') ||
      (tab ? textOf(field.ownerDocument.getElementById(tab)) : undefined)
    );
  },
});

export const urls: SuiteUrls = {
  review: [
    'https://hr.acme-corp.example/app/appraisal/HR-APR-2026-00001',
    'https://hr.acme-corp.example/app/appraisal/new-appraisal-abcd1234',
    'https://hr.acme-corp.example/app/employee-performance-feedback/HR-PF-2026-00007',
    'https://erp.acme-corp.example/app/appraisal/HR-APR-2025-00042?fullscreen=1',
  ],
  other: [
    'https://hr.acme-corp.example/app/appraisal',
    'https://hr.acme-corp.example/app/appraisal/view/report',
    'https://hr.acme-corp.example/app/appraisal-cycle/2026%20Annual',
    'https://hr.acme-corp.example/app/leave-application/HR-LAP-2026-00012',
    'https://hr.acme-corp.example/app/employee/HR-EMP-00042',
    'https://hr.acme-corp.example/app/salary-slip/Sal%20Slip-HR-EMP-00042-00001',
    'https://hr.acme-corp.example/app/goal/GOAL-00005',
    'https://hr.acme-corp.example/app/hr',
  ],
};
