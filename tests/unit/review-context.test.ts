/**
 * Whose review a page is: the role, the reviewed person and the writer read
 * from every fixture page that declares them, the rules on names, and the
 * coverage the issue asks for (self and manager page per suite, Horilla's
 * same feedback answered by three people, a page that names no one).
 */
import { describe, expect, it } from 'vitest';
import { detectReviewPage } from '@/utils/adapters';
import { compareNames, decideRole, MANAGER_FORM_WORDS, parsePerson, SELF_FORM_WORDS } from '@/utils/adapters/context';
import { normalizeText } from '@/utils/dom';
import { parsePage, readExpected } from '../helpers/fixtures';

const SUITES = ['orangehrm', 'horilla', 'workday', 'successfactors', 'lattice', 'culture-amp'];

const cases = SUITES.flatMap((suite) =>
  (readExpected(suite)?.pages ?? []).filter((page) => page.context).map((page) => [suite, page.file, page] as const),
);

describe('review context of the fixture pages', () => {
  it.each(cases)('%s %s', (suite, file, page) => {
    const match = detectReviewPage(new URL(page.url), parsePage(suite, file));
    expect(match?.context).toEqual(page.context);
  });

  it.each(SUITES)('%s has a self page and a manager page', (suite) => {
    const roles = cases.filter(([name]) => name === suite).map(([, , page]) => page.context!.role);
    expect(roles).toContain('self');
    expect(roles).toContain('manager');
  });

  it('tells Horilla’s one feedback apart by who answers it', () => {
    const url = new URL('https://hr.acme-corp.example/pms/feedback-answer-get/7');
    const contextOf = (file: string) => detectReviewPage(url, parsePage('horilla', file))?.context;
    expect(contextOf('feedback-answer-self.html')).toMatchObject({ role: 'self', subject: { name: 'Jane Doe' } });
    expect(contextOf('feedback-answer-manager.html')).toMatchObject({ role: 'manager', subject: { name: 'Jane Doe' }, writer: { name: 'Admin' } });
    expect(contextOf('feedback-answer-colleague.html')).toMatchObject({ role: 'peer', writer: { name: 'Priya Shah' } });
  });

  it('a page that names no one and says nothing about its form is unknown', () => {
    const match = detectReviewPage(new URL('https://hr.example.org/appraisal/2026'), parsePage('generic', 'self-hosted-appraisal-en.html'));
    expect(match?.adapterId).toBe('generic');
    expect(match?.context).toEqual({ role: 'unknown' });
  });

  it('the same OrangeHRM page read with another user logged in is no longer a self-evaluation', () => {
    const doc = parsePage('orangehrm', 'self-evaluation.html');
    const url = new URL('https://hr.acme-corp.example/web/index.php/performance/reviewEvaluate/id/12');
    expect(detectReviewPage(url, doc)?.context.role).toBe('self');
    doc.querySelector('.oxd-userdropdown-name')!.textContent = 'Priya Shah';
    expect(detectReviewPage(url, doc)?.context).toMatchObject({ role: 'peer', writer: { name: 'Priya Shah' } });
  });

  it('the employee id shown beside a name is read apart from it', () => {
    const doc = parsePage('horilla', 'feedback-answer-manager.html');
    doc.querySelector('.oh-feedback-people__item span')!.textContent = 'Doe, Jane (E-10482)';
    const context = detectReviewPage(new URL('https://hr.acme-corp.example/pms/feedback-answer-get/7'), doc)?.context;
    expect(context).toMatchObject({ role: 'manager', subject: { name: 'Doe, Jane', employeeId: 'E-10482' } });
  });
});

describe('names', () => {
  it('parsePerson splits the id from the name', () => {
    expect(parsePerson('Jane Doe (E-10482)')).toEqual({ name: 'Jane Doe', employeeId: 'E-10482' });
    expect(parsePerson('Doe, Jane [10482]')).toEqual({ name: 'Doe, Jane', employeeId: '10482' });
    expect(parsePerson('Jane Doe (Sales)')).toEqual({ name: 'Jane Doe (Sales)' });
    expect(parsePerson('  Jane   Doe ')).toEqual({ name: 'Jane Doe' });
    expect(parsePerson('   ')).toBeUndefined();
    expect(parsePerson(undefined)).toBeUndefined();
  });

  it('compareNames: order, case and accents aside; a part of a name is unclear', () => {
    expect(compareNames('Jane Doe', 'jane doe')).toBe('same');
    expect(compareNames('Doe, Jane', 'Jane Doe')).toBe('same');
    expect(compareNames('Zoë Müller', 'Zoe Muller')).toBe('same');
    expect(compareNames('Jane', 'Jane Doe')).toBe('unclear');
    expect(compareNames('Jane Doe', 'Jane Smith')).toBe('different');
    expect(compareNames('Admin', 'Jane Doe')).toBe('different');
  });
});

describe('decideRole', () => {
  it.each([
    [{ subject: 'Jane Doe', writer: 'Jane Doe', managerForm: true, selfForm: false }, 'self'],
    [{ subject: 'Jane Doe', writer: 'Sam Rivera', managerForm: true, selfForm: false }, 'manager'],
    [{ subject: 'Jane Doe', writer: 'Sam Rivera', managerForm: false, selfForm: true }, 'peer'],
    [{ subject: 'Jane Doe', writer: 'Sam Rivera', managerForm: false, selfForm: false }, 'peer'],
    [{ subject: 'Jane', writer: 'Jane Doe', managerForm: false, selfForm: true }, 'unknown'],
    [{ subject: 'Jane Doe', managerForm: true, selfForm: false }, 'manager'],
    [{ writer: 'Jane Doe', managerForm: false, selfForm: true }, 'self'],
    [{ managerForm: true, selfForm: true }, 'unknown'],
    [{ managerForm: false, selfForm: false }, 'unknown'],
  ] as const)('%o → %s', (facts, role) => {
    expect(decideRole(facts)).toBe(role);
  });
});

describe('form words', () => {
  it.each(['Self-assessment 2026', 'Auto-évaluation annuelle', 'Autoevaluación', 'Zelfevaluatie', 'Selbstbeurteilung', 'Self review · H1'])(
    '“%s” names a self-evaluation, not a manager’s form',
    (heading) => {
      expect(SELF_FORM_WORDS.test(normalizeText(heading))).toBe(true);
      expect(MANAGER_FORM_WORDS.test(normalizeText(heading))).toBe(false);
    },
  );
  it.each(['Manager Evaluation for Jane Doe', 'Évaluation du manager', 'Beoordeling door de leidinggevende', 'Beurteilung durch die Führungskraft', 'Supervisor review – Alex', 'Downward review · Jane'])(
    '“%s” names a manager’s form, not a self-evaluation',
    (heading) => {
      expect(MANAGER_FORM_WORDS.test(normalizeText(heading))).toBe(true);
      expect(SELF_FORM_WORDS.test(normalizeText(heading))).toBe(false);
    },
  );
});
