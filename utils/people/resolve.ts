/**
 * Whose preparation the sidebar on a review page shows, decided in the
 * background from what the launcher detected on the page and what the user
 * said before for that review's address. Pure. The page can only influence
 * detection; a person is never chosen for the user from a name that matches
 * no one or several people, and a page that cannot tell, or a colleague's
 * (peer) review, shows nothing until the user chooses in the sidebar.
 */
import { ME, type Person, type ReviewTarget } from '../model';
import { matchPeople } from './match';

export type PageRole = 'self' | 'manager' | 'peer' | 'unknown';

/** What the launcher saw on the page when it mounted the sidebar. */
export interface PageReview {
  role: PageRole;
  subject?: { name: string; employeeId?: string };
  /** The review's normalised address (see `reviewKey`). */
  key: string;
}

export type Resolution =
  | { personId: string }
  | {
      /** The user must say whose review it is. */
      choose: {
        role: PageRole;
        subject?: { name: string; employeeId?: string };
        /** People the page's name matches (several), or everyone when it matches no one. */
        candidates: Person[];
      };
    };

/**
 * A review page's address as a key: scheme, host and path (no trailing
 * slash) and its query (which can name the reviewee), never the fragment.
 */
export function reviewKey(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
    return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}${parsed.search}`.slice(0, 2000);
  } catch {
    return undefined;
  }
}

/**
 * - no review page detected (the user opened the sidebar on another page): mine;
 * - the user's earlier answer for this address wins (if that person still exists);
 * - a self-evaluation page: mine;
 * - a manager's page whose name matches exactly one person: that person;
 * - anything else: ask.
 */
export function resolveReviewPerson(review: PageReview | undefined, target: ReviewTarget | undefined, people: Person[]): Resolution {
  if (!review) return { personId: ME };
  if (target && (target.personId === ME || people.some((person) => person.id === target.personId))) {
    return { personId: target.personId };
  }
  if (review.role === 'self') return { personId: ME };
  const matches = review.subject ? matchPeople(review.subject, people) : [];
  if (review.role === 'manager' && matches.length === 1) return { personId: matches[0]!.id };
  return {
    choose: {
      role: review.role,
      ...(review.subject && { subject: review.subject }),
      candidates: matches.length > 0 ? matches : people,
    },
  };
}
