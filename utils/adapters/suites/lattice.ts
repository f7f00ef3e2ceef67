/**
 * Lattice (<company>.latticehq.com). Reviews are written under /reviews/… (G);
 * /goals/…, /users/<id>/time-off (V) and the rest are not reviews. CSS-in-JS
 * hashed classes (V) and late rendering: nothing here relies on class names.
 * Answers are rich text editors, [contenteditable][role=textbox] (G), each
 * under its question heading, which is what the user reads as its label.
 *
 * Whose review: the left-hand panel marks the review being written with its
 * kind and person ("Self review · You", "Downward review · Jane Doe", G;
 * self / peer / upward / downward kinds, V).
 */
import { textOf } from '../../dom';
import { defineAdapter } from '../define';
import { firstText, MANAGER_KIND, SELF_KIND } from '../context';
import type { SuiteAddress, SuiteUrls } from '../types';

/** The review being written, as the left-hand panel marks it: "Downward review · Jane Doe". */
function currentReview(doc: Document): { kind: string; name: string } | undefined {
  const text = firstText(doc, '[aria-current=true]') ?? firstText(doc, 'main h1') ?? '';
  const found = /^(.+?)\s+·\s+(.+)$/.exec(text);
  return found ? { kind: found[1]!, name: found[2]! } : undefined;
}

/** Where its review pages are: all the launcher reads before it loads the rest (utils/adapters/addresses.ts). */
export const address = {
  hosts: ['https://*.latticehq.com/*'],
  path: /^\/reviews?\/[^?#]/,
} satisfies SuiteAddress;

export const adapter = /* @__PURE__ */ defineAdapter({
  ...address,
  id: 'lattice',
  name: 'Lattice',
  fields: '[contenteditable][role=textbox],textarea',
  exclude: '[role=dialog],[role=complementary],aside,header,nav',
  label(field) {
    // An editor's aria-label is generic ("Response"): the user reads the
    // nearest question heading before it, a few levels up.
    if (field.matches('textarea')) return undefined;
    let node: Element | null = field;
    for (let level = 0; node && level < 6; level++, node = node.parentElement) {
      const headings = Array.from(node.querySelectorAll('h2,h3,h4,[role=heading]')).filter(
        (heading) => heading.compareDocumentPosition(field) & 4,
      );
      if (headings.length) return textOf(headings.pop());
    }
    return undefined;
  },
  context: {
    // "Self review · You" names no one: the self review says so by its kind.
    subject: (doc) => {
      const review = currentReview(doc);
      return review && !/^(?:you|vous|jij|u|sie|du)$/i.test(review.name) ? review.name : undefined;
    },
    writer: (doc) => firstText(doc, 'header [data-current-user]'),
    isSelfForm: (_url, doc) => SELF_KIND.test(currentReview(doc)?.kind ?? ''),
    isManagerForm: (_url, doc) => MANAGER_KIND.test(currentReview(doc)?.kind ?? ''),
  },
});

export const urls: SuiteUrls = {
  review: [
    'https://acme.latticehq.com/reviews/9b6c1f2e-3d4a-4b5c-8e7f-0a1b2c3d4e5f/write',
    'https://acme.latticehq.com/reviews/9b6c1f2e-3d4a-4b5c-8e7f-0a1b2c3d4e5f/write?revieweeId=3c1d2e4f',
    'https://exemple.latticehq.com/reviews/cycle/77/packet/5521',
    'https://acme.latticehq.com/review/5521',
  ],
  other: [
    'https://acme.latticehq.com/home',
    'https://acme.latticehq.com/goals/4711',
    'https://acme.latticehq.com/goals/company',
    'https://acme.latticehq.com/users/8c2e6f1a/time-off',
    'https://acme.latticehq.com/users/8c2e6f1a',
    'https://acme.latticehq.com/feedback',
    'https://acme.latticehq.com/updates',
    'https://acme.latticehq.com/reviews',
  ],
};
