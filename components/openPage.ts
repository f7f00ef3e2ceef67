import { browser } from 'wxt/browser';
import type { MessageKey } from '@/utils/i18n';

/** The options page's sections, in page order: each has a stable id, so `options.html#sites` lands on it. */
export const OPTIONS_SECTIONS = ['language', 'cycles', 'goals', 'import', 'people', 'sidebar', 'reminders', 'sites', 'data'] as const;
export type OptionsSection = (typeof OPTIONS_SECTIONS)[number];

/** Each section's name in the navigation (its heading's own key). */
export const OPTIONS_SECTION_LABELS: Record<OptionsSection, MessageKey> = {
  language: 'languageLabel',
  cycles: 'cyclesTitle',
  goals: 'sidebarGoals',
  import: 'importTitle',
  people: 'peopleTitle',
  sidebar: 'sidebarSettingsTitle',
  reminders: 'remindersTitle',
  sites: 'sitesTitle',
  data: 'dataTitle',
};

type ExtensionPage = '/prep.html' | '/options.html' | `/options.html#${OptionsSection}` | '/welcome.html' | '/practice.html' | '/team.html';

/** Opens one of the extension's own pages in a new tab (works from the popup, options and the sidebar iframe). */
export function openExtensionPage(path: ExtensionPage, search = ''): void {
  void browser.tabs.create({ url: browser.runtime.getURL(path) + search });
}
