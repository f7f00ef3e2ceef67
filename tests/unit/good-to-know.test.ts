import { describe, expect, it } from 'vitest';
import { buildPrepDocument, GOOD_TO_KNOW, PREP_LANGUAGES, toMarkdown } from '@/utils/prep';
import type { Cycle } from '@/utils/model';

const cycle: Cycle = { id: 'c1', personId: 'me', label: '2026', status: 'preparing', createdAt: 1, updatedAt: 1 };

describe('Good to know', () => {
  it.each(PREP_LANGUAGES)('%s has a title, a caveat and four non-empty points', (language) => {
    const info = GOOD_TO_KNOW[language];
    for (const text of [info.title, info.caveat, ...info.points]) expect(text.trim()).not.toBe('');
    expect(info.points).toHaveLength(4);
    expect(new Set(info.points).size).toBe(4);
  });

  it('says it is general information depending on the country and the collective agreement (English wording)', () => {
    expect(GOOD_TO_KNOW.en.caveat).toMatch(/general information/i);
    expect(GOOD_TO_KNOW.en.caveat).toMatch(/country/);
    expect(GOOD_TO_KNOW.en.caveat).toMatch(/collective agreement/);
    expect(GOOD_TO_KNOW.en.points.join(' ')).toMatch(/not compulsory.*collective agreement.*confidential.*salary.*consent.*dismissal/s);
  });

  it.each(PREP_LANGUAGES)('ends the preparation document and its Markdown in %s', (language) => {
    const doc = buildPrepDocument({ cycle, goals: [], notes: [] }, language);
    expect(doc.goodToKnow).toBe(GOOD_TO_KNOW[language]);
    const markdown = toMarkdown(doc);
    const heading = markdown.indexOf(`## ${GOOD_TO_KNOW[language].title}`);
    expect(heading).toBeGreaterThan(markdown.lastIndexOf('## ', heading - 1) - 1);
    expect(markdown.slice(heading).split('\n').filter((line) => line.startsWith('- '))).toHaveLength(4);
    // The last section of the document.
    expect(markdown.slice(heading + 3)).not.toMatch(/^## /m);
  });
});
