/**
 * Culture Amp. STUB: to be written from HR-SUITES.md (recognises nothing yet).
 */
import { defineAdapter } from '../define';
import type { SuiteUrls } from '../types';

export const adapter = defineAdapter({
  id: 'culture-amp',
  name: 'Culture Amp',
  hosts: [],
  path: /^$/,
  fields: 'textarea',
});

export const urls: SuiteUrls = { review: [], other: [] };
