/**
 * Odoo Appraisals (self-hosted or odoo.com; web client SPA). Review pages are
 * the hr.appraisal form: /odoo/appraisals/<id> (18+ path router; G: nested under another record or
 * as an action-… segment) and, up to 17,
 * /web#id=<id>&model=hr.appraisal&view_type=form (hash router; OCA's model
 * hr.appraisal.employee too). Answers are the html fields employee_feedback
 * and manager_feedback: Odoo's editor (`.note-editable.odoo-editor-editable`,
 * pre-filled with the template). Read-only fields render a plain
 * `.o_readonly` div, never editable; the chatter composer is not a field.
 * The fields have no label of their own (nolabel): the widget's form label
 * or the heading above it ("Employee's Feedback") names them.
 */
import { defineAdapter } from '../define';
import { labelOf } from '../../dom';
import type { SuiteAddress, SuiteUrls } from '../types';

const FEEDBACK = '.o_field_html[name$="_feedback"]';

/** Where its review pages are: all the launcher reads before it loads the rest (utils/adapters/addresses.ts). */
export const address = {
  hosts: [],
  path: /^\/odoo\/(?:.+\/)?(?:appraisals|action-[\w.]*appraisal[\w.]*)\/(?:\d+|new)(?:$|[/?#])|^\/web(?:\?[^#]*)?#(?=.*\bmodel=hr\.appraisal(?:\.employee)?(?:&|$))(?=.*\bview_type=form)/,
} satisfies SuiteAddress;

export const adapter = /* @__PURE__ */ defineAdapter({
  ...address,
  id: 'odoo',
  name: 'Odoo',
  signature: `.o_form_view ${FEEDBACK}`,
  fields: `${FEEDBACK} .note-editable, ${FEEDBACK} .odoo-editor-editable`,
  exclude: '.o_readonly',
  label: (field) => labelOf(field.closest<HTMLElement>('.o_field_widget') ?? field),
});

export const urls: SuiteUrls = {
  review: [
    'https://hr.acme-corp.example/odoo/appraisals/7',
    'https://acme.odoo.com/odoo/appraisals/12?debug=1',
    'https://hr.acme-corp.example/odoo/employees/3/appraisals/7',
    'https://hr.acme-corp.example/odoo/action-hr_appraisal.open_view_hr_appraisal_tree/7',
    'https://hr.acme-corp.example/web#id=7&cids=1&menu_id=245&action=358&model=hr.appraisal&view_type=form',
    'https://hr.acme-corp.example/web?debug=1#model=hr.appraisal&view_type=form&id=9',
    'https://hr.acme-corp.example/web#id=4&action=512&model=hr.appraisal.employee&view_type=form',
  ],
  other: [
    'https://hr.acme-corp.example/odoo/appraisals',
    'https://hr.acme-corp.example/odoo/time-off',
    'https://hr.acme-corp.example/odoo/time-off/15',
    'https://hr.acme-corp.example/odoo/employees/3',
    'https://hr.acme-corp.example/odoo/discuss',
    'https://hr.acme-corp.example/web#action=358&model=hr.appraisal&view_type=kanban&cids=1&menu_id=245',
    'https://hr.acme-corp.example/web#id=15&cids=1&menu_id=190&action=301&model=hr.leave&view_type=form',
    'https://hr.acme-corp.example/web#id=4&model=hr.appraisal.goal&view_type=form',
    'https://hr.acme-corp.example/web#id=3&model=hr.employee&view_type=form',
  ],
};
