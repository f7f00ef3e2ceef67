/**
 * Personio. STUB: to be written from HR-SUITES.md (recognises nothing yet).
 */
import { defineAdapter } from '../define';
import type { SuiteUrls } from '../types';

export const adapter = defineAdapter({
  id: 'personio',
  name: 'Personio',
  hosts: [],
  path: /^$/,
  fields: 'textarea',
});

export const urls: SuiteUrls = { review: [], other: [] };
