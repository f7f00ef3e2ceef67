/**
 * Translations from `public/_locales/<lang>/messages.json`: by default the
 * browser's own i18n (the language follows the browser); when the user chose
 * a language in the options, that catalogue is loaded at page start
 * (`applyLanguage`) and used instead. Every key exists in every language
 * (tests/unit/i18n.test.ts fails otherwise).
 */
import { browser } from 'wxt/browser';

/** The languages the interface is translated into. */
export const UI_LANGUAGES = ['en', 'nl', 'fr', 'de'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

let chosen: { language: UiLanguage; messages: Record<string, { message: string }> } | undefined;

/**
 * Uses the language the user chose (`auto`: the browser's). Call before the
 * first render; a catalogue that cannot be read leaves the browser's language.
 */
export async function applyLanguage(language: string | undefined): Promise<void> {
  requested = language ?? 'auto';
  if (!language || language === 'auto' || !(UI_LANGUAGES as readonly string[]).includes(language)) {
    chosen = undefined;
    if (browserCatalogueWorks()) return;
    // The browser gave this page no catalogue at all (seen in Chromium when an
    // extension page opens while the browser is still loading the extension):
    // read the browser language's own file rather than show message keys.
    language = contentLanguage();
  }
  try {
    const getURL = browser.runtime.getURL as (path: string) => string;
    const response = await fetch(getURL(`/_locales/${language}/messages.json`));
    chosen = { language: language as UiLanguage, messages: (await response.json()) as Record<string, { message: string }> };
  } catch {
    chosen = undefined;
  }
}

let requested = 'auto';

/** Whether the browser's i18n answers for this extension (every catalogue has `extName`). */
function browserCatalogueWorks(): boolean {
  try {
    return browser.i18n.getMessage('extName') !== '';
  } catch {
    return false;
  }
}

/** The language this page was started with (`auto`: the browser's), whether or not its catalogue could be read. */
export function requestedLanguage(): string {
  return requested;
}

/** Every message key, taken from the English catalogue (type only: nothing is bundled). */
export type MessageKey = keyof typeof import('../public/_locales/en/messages.json');

export function t(key: MessageKey, substitutions?: string | string[]): string {
  const own = chosen?.messages[key]?.message;
  if (own !== undefined) {
    const values = ([] as string[]).concat(substitutions ?? []);
    return own.replace(/\$(\d)/g, (match, index: string) => values[Number(index) - 1] ?? match);
  }
  let text = '';
  try {
    text = browser.i18n.getMessage(key, substitutions);
  } catch {
    // Outside an extension (component tests): fall back to the key.
  }
  if (text) return text;
  return substitutions === undefined ? key : `${key}(${([] as string[]).concat(substitutions).join(', ')})`;
}

/** Keys whose message has a `…One` variant, for a count the language calls "one". */
export type CountKey = { [K in MessageKey]: `${K}One` extends MessageKey ? K : never }[MessageKey];

/** The plural rules of the language the texts were last counted in. */
let plurals: { language: string; rules: Intl.PluralRules } | undefined;

/**
 * A message about `count` things (the browser's i18n has no plurals): its
 * `…One` variant where the language of the texts says "one" for that count
 * (1 in English, Dutch and German; 0 and 1 in French), else the message
 * itself. A message with several counts names each instead ("goals: 3").
 */
export function tCount(key: CountKey, count: number, substitutions: string | string[]): string {
  const language = contentLanguage();
  if (plurals?.language !== language) plurals = { language, rules: new Intl.PluralRules(language) };
  return t(plurals.rules.select(count) === 'one' ? (`${key}One` as MessageKey) : key, substitutions);
}

/** The UI language the browser picked for this extension (`en`, `nl`, …). */
export function uiLanguage(): string {
  if (chosen) return chosen.language;
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}

// Formatters are costly to create: one of each per page.
let dateFormat: Intl.DateTimeFormat | undefined;
let numberFormat: Intl.NumberFormat | undefined;

/** The user's language among the ones the interface and its texts exist in (English otherwise). */
export function contentLanguage(): UiLanguage {
  const base = uiLanguage().slice(0, 2).toLowerCase();
  return (UI_LANGUAGES as readonly string[]).includes(base) ? (base as UiLanguage) : 'en';
}

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

/** A figure with its unit after it (`140.5 k€`), in the user's number format. */
export function formatWithUnit(value: number, unit: string | undefined): string {
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}
