/**
 * Culture Amp (`<account>.cultureamp.com`, `<account>.eu.cultureamp.com`), a
 * React SPA. Review pages: `/app/performance/<kind>/<id>` (self-reflections,
 * evaluations; G), never the list pages, goals, 1-on-1 conversations or home.
 * Answers: Kaizen RichTextEditor = ProseMirror (`role=textbox`,
 * `aria-labelledby="<id>-rte-label"`, V) or a textarea (G).
 *
 * Whose review: self-reflections are the employee's own; performance
 * evaluations are written by the manager about a report (V), whose name
 * the title carries ("Leistungsbeurteilung: Jana Berger", G).
 */
import { defineAdapter } from '../define';
import { textMatch } from '../context';
import type { SuiteAddress, SuiteUrls } from '../types';

/** Where its review pages are: all the launcher reads before it loads the rest (utils/adapters/addresses.ts). */
export const address = {
  hosts: ['https://*.cultureamp.com/*'],
  path: /^\/app\/performance\/(?!goals\b)[\w-]+\/[\w-]/,
} satisfies SuiteAddress;

export const adapter = /* @__PURE__ */ defineAdapter({
  ...address,
  id: 'culture-amp',
  name: 'Culture Amp',
  fields: '.ProseMirror, [role=textbox], textarea',
  exclude: '[id^=intercom]',
  context: {
    subject: (doc, url) => (/\/evaluations\//.test(url.pathname) ? textMatch(doc, 'main h1', /:\s*(.+)$/) : undefined),
    isSelfForm: (url) => /\/self-reflections\//.test(url.pathname),
    isManagerForm: (url) => /\/evaluations\//.test(url.pathname),
  },
});

export const urls: SuiteUrls = {
  review: [
    'https://acme.cultureamp.com/app/performance/self-reflections/3f0c2a9e-7d41-4b8a-9f3e-1c2d3e4f5a6b',
    'https://acme.eu.cultureamp.com/app/performance/self-reflections/8b1e4c77-2a90-4d3f-b6c1-0e9f8d7c6b5a',
    'https://globex.cultureamp.com/app/performance/evaluations/5d6e7f80-1a2b-4c3d-8e9f-a0b1c2d3e4f5/write',
  ],
  other: [
    'https://acme.cultureamp.com/app/home',
    'https://acme.cultureamp.com/app/conversations/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    'https://acme.eu.cultureamp.com/app/conversations/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d/notes',
    'https://acme.cultureamp.com/app/performance/goals/7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f',
    'https://acme.cultureamp.com/app/performance/self-reflections',
    'https://acme.cultureamp.com/app/goals',
    'https://acme.cultureamp.com/effectiveness/surveys/61f2a3b4c5d6e7f8a9b0c1d2/take',
  ],
};
