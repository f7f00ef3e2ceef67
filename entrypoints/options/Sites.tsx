import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SUITE_ADAPTERS } from '@/utils/adapters';
import { onDataChanged, siteRules } from '@/utils/db';
import { t, type MessageKey } from '@/utils/i18n';
import type { SiteRule } from '@/utils/model';
import { grantSite } from '@/components/grantSite';
import { parseSiteInput } from '@/utils/sites';

const HOSTED_SUITES = SUITE_ADAPTERS.filter((adapter) => adapter.hosts.length > 0);
const HOSTED_PATTERNS = new Set(HOSTED_SUITES.flatMap((adapter) => adapter.hosts));
const INPUT_ERRORS: Record<'empty' | 'invalid' | 'scheme' | 'wildcard', MessageKey> = {
  empty: 'siteErrorEmpty',
  invalid: 'siteErrorInvalid',
  scheme: 'siteErrorScheme',
  wildcard: 'siteErrorWildcard',
};

type Status = { kind: 'ok' | 'error'; text: string } | null;

/** Options › Sites: built-in suites on/off, and the user's own domains (asked as optional host permissions). */
export function Sites() {
  const [rules, setRules] = useState<SiteRule[]>([]);
  const [granted, setGranted] = useState<Set<string>>(new Set());
  const [input, setInput] = useState('');
  const [status, setStatus] = useState<Status>(null);

  const load = useCallback(async () => {
    const all = await siteRules.all();
    const custom = all.filter((rule) => !HOSTED_PATTERNS.has(rule.pattern));
    const checks = await Promise.all(custom.map((rule) => browser.permissions.contains({ origins: [rule.pattern] })));
    setRules(all);
    setGranted(new Set(custom.filter((_, index) => checks[index]).map((rule) => rule.pattern)));
  }, []);
  useEffect(() => {
    void load();
    const stop = onDataChanged((stores) => stores.includes('siteRules') && void load());
    browser.permissions.onRemoved.addListener(load);
    return () => {
      stop();
      browser.permissions.onRemoved.removeListener(load);
    };
  }, [load]);

  const isSuiteOn = (hosts: readonly string[]) =>
    !rules.some((rule) => hosts.includes(rule.pattern) && !rule.enabled);

  async function setSuite(hosts: readonly string[], suiteId: string, on: boolean) {
    const now = Date.now();
    for (const pattern of hosts) {
      if (on) await siteRules.delete(pattern);
      else await siteRules.put({ pattern, adapterId: suiteId, enabled: false, createdAt: now, updatedAt: now });
    }
  }

  function addSite(event: Event) {
    event.preventDefault();
    const parsed = parseSiteInput(input);
    if (!parsed.ok) {
      setStatus({ kind: 'error', text: t(INPUT_ERRORS[parsed.reason]) });
      return;
    }
    if (HOSTED_PATTERNS.has(parsed.pattern)) {
      setStatus({ kind: 'error', text: t('siteAlreadyBuiltIn') });
      return;
    }
    grantSite(parsed.pattern)
      .then((ok) => {
        if (!ok) {
          setStatus({ kind: 'error', text: t('sitePermissionRefused', parsed.origin) });
          return;
        }
        setInput('');
        setStatus({ kind: 'ok', text: t('siteAdded', parsed.origin) });
      })
      .catch(() => setStatus({ kind: 'error', text: t('siteAddFailed') }));
  }

  async function removeSite(pattern: string) {
    // The permission goes first: without it the launcher cannot run there.
    await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
    await siteRules.delete(pattern);
    setStatus({ kind: 'ok', text: t('siteRemoved', pattern) });
  }

  const custom = rules.filter((rule) => !HOSTED_PATTERNS.has(rule.pattern));
  return (
    <section aria-labelledby="sites-heading" class="sites">
      <h2 id="sites-heading">{t('sitesTitle')}</h2>
      <p class="muted">{t('sitesIntro')}</p>
      <fieldset>
        <legend>{t('sitesBuiltIn')}</legend>
        <ul class="plain" data-testid="built-in-suites">
          {HOSTED_SUITES.map((suite) => (
            <li key={suite.id}>
              <label class="check">
                <input
                  type="checkbox"
                  checked={isSuiteOn(suite.hosts)}
                  onChange={(event) => void setSuite(suite.hosts, suite.id, event.currentTarget.checked)}
                />
                {suite.name} <span class="muted">{suite.hosts.map((host) => host.replace(/^https:\/\/|\/\*$/g, '')).join(', ')}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>{t('sitesCustom')}</legend>
        <form class="row" onSubmit={addSite}>
          <div class="field grow">
            <label for="site-input">{t('siteInputLabel')}</label>
            <input
              id="site-input"
              value={input}
              placeholder="hr.example.com"
              autoComplete="off"
              aria-describedby="site-hint"
              onInput={(event) => setInput(event.currentTarget.value)}
            />
            <p id="site-hint" class="muted hint">
              {t('siteInputHint')}
            </p>
          </div>
          <button type="submit" class="primary">
            {t('siteAdd')}
          </button>
        </form>
        {custom.length === 0 ? (
          <p class="empty">{t('sitesNoCustom')}</p>
        ) : (
          <ul class="cards" data-testid="custom-sites">
            {custom.map((rule) => (
              <li key={rule.pattern} class="row">
                <span class="grow">{rule.pattern.replace(/\/\*$/, '')}</span>
                {!granted.has(rule.pattern) && <span class="tag">{t('sitePermissionMissing')}</span>}
                <button type="button" aria-label={t('siteRemoveNamed', rule.pattern)} onClick={() => void removeSite(rule.pattern)}>
                  {t('siteRemove')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <p class={`status ${status?.kind ?? ''}`} role="status" aria-live="polite">
        {status?.text}
      </p>
    </section>
  );
}
