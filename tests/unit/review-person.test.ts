import { describe, expect, it } from 'vitest';
import { ME, type Person } from '@/utils/model';
import { resolveReviewPerson, reviewKey, type PageReview } from '@/utils/people/resolve';

const person = (id: string, name: string, extra: Partial<Person> = {}): Person => ({ id, name, aliases: [], createdAt: 0, updatedAt: 0, ...extra });
const jane = person('p-jane', 'Jane Doe', { employeeId: 'E-10482' });
const janeS = person('p-janes', 'Jane Smith');
const omar = person('p-omar', 'Omar Haddad');
const people = [jane, janeS, omar];
const KEY = 'https://hr.acme-corp.example/web/index.php/performance/reviewEvaluateByAdmin/14';
const review = (role: PageReview['role'], subject?: PageReview['subject']): PageReview => ({ role, key: KEY, ...(subject && { subject }) });

describe('resolveReviewPerson', () => {
  it('a self-evaluation page is mine, a page that is no review is mine', () => {
    expect(resolveReviewPerson(review('self', { name: 'Jordan Example' }), undefined, people)).toEqual({ personId: ME });
    expect(resolveReviewPerson(undefined, undefined, people)).toEqual({ personId: ME });
  });

  it('a manager page whose name matches exactly one person is that person', () => {
    expect(resolveReviewPerson(review('manager', { name: 'Doe, Jane' }), undefined, people)).toEqual({ personId: 'p-jane' });
    expect(resolveReviewPerson(review('manager', { name: 'J. D.', employeeId: 'e10482' }), undefined, people)).toEqual({ personId: 'p-jane' });
  });

  it('a manager page whose name matches several people or no one asks, with the candidates', () => {
    expect(resolveReviewPerson(review('manager', { name: 'Jane' }), undefined, people)).toEqual({
      choose: { role: 'manager', subject: { name: 'Jane' }, candidates: [jane, janeS] },
    });
    expect(resolveReviewPerson(review('manager', { name: 'Camille Martin' }), undefined, people)).toMatchObject({
      choose: { candidates: people },
    });
    expect(resolveReviewPerson(review('manager'), undefined, [])).toEqual({ choose: { role: 'manager', candidates: [] } });
  });

  it('a peer’s or an unknown page asks, even when the name matches someone', () => {
    expect(resolveReviewPerson(review('peer', { name: 'Jane Doe' }), undefined, people)).toEqual({
      choose: { role: 'peer', subject: { name: 'Jane Doe' }, candidates: [jane] },
    });
    expect(resolveReviewPerson(review('unknown'), undefined, people)).toMatchObject({ choose: { role: 'unknown' } });
  });

  it('the user’s earlier answer for the address wins, unless that person was deleted', () => {
    const target = { key: KEY, personId: 'p-omar', updatedAt: 1 };
    expect(resolveReviewPerson(review('manager', { name: 'Jane Doe' }), target, people)).toEqual({ personId: 'p-omar' });
    expect(resolveReviewPerson(review('unknown'), { ...target, personId: ME }, people)).toEqual({ personId: ME });
    expect(resolveReviewPerson(review('unknown'), target, [jane])).toMatchObject({ choose: { role: 'unknown' } });
  });
});

describe('reviewKey', () => {
  it('keeps origin, path and query, drops the fragment and trailing slashes', () => {
    expect(reviewKey('https://hr.acme-corp.example/pms/feedback-answer-get/7/#top')).toBe('https://hr.acme-corp.example/pms/feedback-answer-get/7');
    expect(reviewKey('https://acme.latticehq.com/reviews/9b6c/write?revieweeId=3c1d')).toBe('https://acme.latticehq.com/reviews/9b6c/write?revieweeId=3c1d');
    expect(reviewKey('chrome://settings')).toBeUndefined();
    expect(reviewKey('not a url')).toBeUndefined();
  });
});
