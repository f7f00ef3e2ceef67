/** Fixture pages and their expectations (tests/fixtures/pages/<suite>/expected.json). */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const PAGES = resolve(import.meta.dirname, '../fixtures/pages');

export interface ExpectedField {
  kind: 'textarea' | 'input' | 'contenteditable' | 'iframe-editor';
  label: string;
}

/** Whose review a page is, as the adapter must read it (see utils/adapters/context.ts). */
export interface ExpectedContext {
  role: 'self' | 'manager' | 'peer' | 'unknown';
  subject?: { name: string; employeeId?: string };
  writer?: { name: string };
}

export interface ExpectedPage {
  /** File under the suite's fixture folder. */
  file: string;
  /** The real URL the page is served at. */
  url: string;
  /** Whether this is a review page. */
  review: boolean;
  /** Whose review it is and who writes (review pages; checked by tests/unit/review-context.test.ts). */
  context?: ExpectedContext;
  /** Which adapter must recognise it (default: the suite's own). */
  adapter?: string;
  /** The review's fields in document order, as the page is written (scripts not run). */
  fields?: ExpectedField[];
  /** Only meaningful in a real browser (late rendering, route changes): skipped by unit tests. */
  e2eOnly?: boolean;
  /** Browser steps before checking (e2e): clicks on selectors, in order. */
  steps?: { click: string }[];
  /**
   * Insertion check (e2e): focus `selector`, press Insert on a note in the
   * sidebar, then `expression` (evaluated in the page) must contain the note.
   */
  insert?: { selector: string; expression: string };
}

export interface ExpectedSuite {
  pages: ExpectedPage[];
}

export function readExpected(suite: string): ExpectedSuite | undefined {
  const path = join(PAGES, suite, 'expected.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as ExpectedSuite) : undefined;
}

export function readPage(suite: string, file: string): string {
  return readFileSync(join(PAGES, suite, file), 'utf8');
}

/** Parses a fixture the way the unit tests see it: its own document, scripts not run. */
export function parsePage(suite: string, file: string): Document {
  return new DOMParser().parseFromString(readPage(suite, file), 'text/html');
}
