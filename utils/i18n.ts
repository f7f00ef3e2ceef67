/**
 * Translations through the browser's own i18n (`public/_locales/<lang>/
 * messages.json`): the language follows the browser. Every key exists in
 * every language (tests/unit/i18n.test.ts fails otherwise).
 */
import { browser } from 'wxt/browser';

/** Every message key, taken from the English catalogue (type only: nothing is bundled). */
export type MessageKey = keyof typeof import('../public/_locales/en/messages.json');

export function t(key: MessageKey, substitutions?: string | string[]): string {
  let text = '';
  try {
    text = browser.i18n.getMessage(key, substitutions);
  } catch {
    // Outside an extension (component tests): fall back to the key.
  }
  if (text) return text;
  return substitutions === undefined ? key : `${key}(${([] as string[]).concat(substitutions).join(', ')})`;
}

/** The UI language the browser picked for this extension (`en`, `nl`, …). */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}

// Formatters are costly to create: one of each per page.
let dateFormat: Intl.DateTimeFormat | undefined;
let numberFormat: Intl.NumberFormat | undefined;

/** A date (ISO `YYYY-MM-DD` or epoch ms) in the user's language. */
export function formatDate(value: string | number): string {
  const date = typeof value === 'number' ? new Date(value) : new Date(`${value}T00:00:00`);
  dateFormat ??= new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' });
  return dateFormat.format(date);
}

export function formatNumber(value: number): string {
  numberFormat ??= new Intl.NumberFormat(uiLanguage(), { maximumFractionDigits: 2 });
  return numberFormat.format(value);
}
