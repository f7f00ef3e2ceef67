import { describe, expect, it } from 'vitest';
import { matchesPattern } from '@/utils/adapters/define';
import { HOSTED_SUITE_MATCHES } from '@/utils/adapters/hosts';
import { SiteRule } from '@/utils/model';
import { customScriptMatches, disabledBuiltIns, isSitePattern, parseSiteInput, partitionSiteRules } from '@/utils/sites';

const rule = (pattern: string, enabled = true): SiteRule => ({ pattern, adapterId: 'auto', enabled, createdAt: 0, updatedAt: 0 });

describe('parseSiteInput', () => {
  it.each([
    ['hr.acme.com', 'https://hr.acme.com/*'],
    ['  https://hr.acme.com/web/index.php/performance  ', 'https://hr.acme.com/*'],
    ['http://intranet.local:8069/odoo', 'http://intranet.local/*'],
    ['localhost:8000', 'https://localhost/*'],
    ['HR.Acme.COM', 'https://hr.acme.com/*'],
  ])('%s → %s', (input, pattern) => {
    expect(parseSiteInput(input)).toMatchObject({ ok: true, pattern });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['*.acme.com', 'wildcard'],
    ['not a domain', 'invalid'],
    ['intranet', 'invalid'],
    ['ftp://files.acme.com', 'scheme'],
    ['javascript:alert(1)', 'invalid'],
    ['file:///etc/passwd', 'scheme'],
  ])('refuses %j (%s)', (input, reason) => {
    expect(parseSiteInput(input)).toEqual({ ok: false, reason });
  });
});

describe('site rules', () => {
  it('register the launcher only on enabled custom domains whose permission is granted', () => {
    const rules = [rule('https://hr.acme.com/*'), rule('https://odoo.acme.com/*', false), rule('https://nogrant.acme.com/*'), rule(HOSTED_SUITE_MATCHES[0], false)];
    const granted = (pattern: string) => pattern !== 'https://nogrant.acme.com/*';
    expect(customScriptMatches(rules, HOSTED_SUITE_MATCHES, granted)).toEqual(['https://hr.acme.com/*']);
    expect(disabledBuiltIns(rules, HOSTED_SUITE_MATCHES)).toEqual([HOSTED_SUITE_MATCHES[0]]);
  });
});

describe('the one grammar of site patterns', () => {
  const typed = ['hr.acme.com', 'https://hr.acme.com/web/index.php', 'http://intranet.local:8069/odoo', 'localhost:8000', 'intranet:8069', 'HR.Acme.COM', 'bücher.example'];

  it('accepts every pattern the options page makes from what the user typed, and every built-in suite', () => {
    for (const input of typed) {
      const parsed = parseSiteInput(input);
      expect(parsed.ok, input).toBe(true);
      if (parsed.ok) expect(isSitePattern(parsed.pattern), parsed.pattern).toBe(true);
    }
    for (const pattern of HOSTED_SUITE_MATCHES) expect(isSitePattern(pattern), pattern).toBe(true);
  });

  it.each([
    'hr.acme.com',
    'https://hr.acme.com',
    'https://hr.acme.com/web/*',
    'https://HR.acme.com/*',
    'https://hr.acme.com:8443/*',
    'https://*.acme.com/*',
    '*://hr.acme.com/*',
    '<all_urls>',
    'https://*/*',
    'ftp://files.acme.com/*',
    'https://hr acme.com/*',
    'https://user@hr.acme.com/*',
    'https://hr.acme.com/* ',
    '',
  ])('refuses %j', (pattern) => {
    expect(isSitePattern(pattern)).toBe(false);
  });

  it('is the model’s: a site rule with another pattern is not valid', () => {
    expect(SiteRule.safeParse(rule('https://hr.acme.com/*')).success).toBe(true);
    expect(SiteRule.safeParse(rule(HOSTED_SUITE_MATCHES[0], false)).success).toBe(true);
    expect(SiteRule.safeParse(rule('hr.acme.com')).success).toBe(false);
    expect(SiteRule.safeParse(rule('https://hr.acme.com/web/*')).success).toBe(false);
  });

  it('leaves an invalid rule out of the registered matches, and keeps the others', () => {
    const rules = [rule('https://hr.acme.com/*'), rule('hr.broken.com'), rule('https://odoo.acme.com/*')];
    expect(customScriptMatches(rules, HOSTED_SUITE_MATCHES, () => true)).toEqual(['https://hr.acme.com/*', 'https://odoo.acme.com/*']);
    const { valid, invalid } = partitionSiteRules(rules);
    expect(valid.map((each) => each.pattern)).toEqual(['https://hr.acme.com/*', 'https://odoo.acme.com/*']);
    expect(invalid.map((each) => each.pattern)).toEqual(['hr.broken.com']);
  });
});

describe('matchesPattern', () => {
  it.each([
    ['https://*.myworkday.com/*', 'https://wd5.myworkday.com/acme/d/home.htmld', true],
    ['https://*.myworkday.com/*', 'https://myworkday.com/', true],
    ['https://*.myworkday.com/*', 'https://evilmyworkday.com/', false],
    ['https://*.myworkday.com/*', 'https://myworkday.com.evil.example/', false],
    ['https://*.myworkday.com/*', 'http://wd5.myworkday.com/', false],
    ['https://app.hibob.com/*', 'https://app.hibob.com/performance/x', true],
    ['https://app.hibob.com/*', 'https://www.hibob.com/', false],
    ['*://hr.acme.com/*', 'http://hr.acme.com/a', true],
    ['https://hr.acme.com/web/*', 'https://hr.acme.com/app', false],
    ['https://hr.acme.com/web/*', 'https://hr.acme.com/web/index.php?x=1', true],
    ['https://www.leapsome.com/app/*', 'https://www.leapsome.com/app/#/reviews', true],
    ['https://www.leapsome.com/app/*', 'https://www.leapsome.com/pricing', false],
    ['https://hr.acme.com/a.b/*', 'https://hr.acme.com/aXb/c', false],
    // Not match patterns: never match anything.
    ['<all_urls>', 'https://hr.acme.com/', false],
    ['https://hr.*.com/*', 'https://hr.acme.com/', false],
    ['ftp://hr.acme.com/*', 'https://hr.acme.com/', false],
    ['https://hr.acme.com', 'https://hr.acme.com/', false],
  ])('%s ~ %s → %s', (pattern, url, expected) => {
    expect(matchesPattern(new URL(url), pattern)).toBe(expected);
  });
});
