/**
 * Match patterns of the hosted HR suites (see HR-SUITES.md). These are the
 * only origins where the launcher content script runs without the user
 * enabling a site. Self-hosted suites (OrangeHRM outside its own hosting, Odoo, Frappe HR, …) live on
 * the customer's own domain and are enabled by the user at runtime.
 *
 * Plain data, imported by wxt.config.ts at build time and by tests.
 */
export const HOSTED_SUITE_MATCHES = [
  // Workday: wd1/wd3/wd5/wd12.myworkday.com/<tenant>/…, impl.wd12.myworkday.com
  'https://*.myworkday.com/*',
  // SAP SuccessFactors
  'https://*.successfactors.com/*',
  'https://*.successfactors.eu/*',
  'https://*.sapsf.com/*',
  'https://*.sapsf.eu/*',
  // BambooHR
  'https://*.bamboohr.com/*',
  // Personio
  'https://*.personio.com/*',
  'https://*.personio.de/*',
  // Lattice
  'https://*.latticehq.com/*',
  // 15Five
  'https://*.15five.com/*',
  // Culture Amp (also <account>.eu.cultureamp.com)
  'https://*.cultureamp.com/*',
  // HiBob
  'https://app.hibob.com/*',
  // Factorial
  'https://app.factorialhr.com/*',
  // Leapsome (hash-routed single page app under /app; the rest of the host is the vendor's website)
  'https://www.leapsome.com/app/*',
  // Oracle HCM Cloud: <pod>.fa.<dc>.oraclecloud.com, fa-xxxx-saasfaprod1.fa.ocs.oraclecloud.com
  'https://*.oraclecloud.com/*',
  // OrangeHRM's own hosting (demo, trials, customers); also self-hosted anywhere
  'https://*.orangehrmlive.com/*',
  // Zoho People (regional data centres)
  'https://people.zoho.com/*',
  'https://people.zoho.eu/*',
  'https://people.zoho.in/*',
  'https://people.zoho.com.au/*',
] as const;

/**
 * Hosts under the patterns above that are the vendors' own websites, help
 * centres and blogs, not a customer's suite: the launcher never runs there
 * (the manifest's `exclude_matches`). Anyone can publish pages on some of
 * these, and a page about reviews is not a review form.
 */
export const HOSTED_SUITE_EXCLUDES = /* @__PURE__ */ [
  'https://www.successfactors.com/',
  'https://www.successfactors.eu/',
  'https://www.sapsf.com/',
  'https://www.bamboohr.com/',
  'https://help.bamboohr.com/',
  'https://partners.bamboohr.com/',
  'https://marketplace.bamboohr.com/',
  'https://status.bamboohr.com/',
  'https://www.personio.com/',
  'https://www.personio.de/',
  'https://support.personio.de/',
  'https://developer.personio.de/',
  'https://status.personio.de/',
  'https://www.latticehq.com/',
  'https://help.latticehq.com/',
  'https://www.15five.com/',
  'https://success.15five.com/',
  'https://www.cultureamp.com/',
  'https://support.cultureamp.com/',
  'https://academy.cultureamp.com/',
  'https://www.oraclecloud.com/',
].map((origin) => `${origin}*`);

/**
 * Oracle HCM tenants live on `<pod>.fa.<data centre>.oraclecloud.com`; the
 * rest of `*.oraclecloud.com` (object storage, other cloud services) is open
 * to anyone's pages. Match patterns cannot say this, so the adapter checks
 * the host name itself.
 */
export const ORACLE_HCM_TENANT = /^[a-z0-9-]+\.fa\.[a-z0-9-]+\.oraclecloud\.com$/;

/**
 * The domain end-to-end tests use for a self-hosted suite the user enabled.
 * Only the `--mode e2e` build holds a permission for it (a test browser
 * cannot answer the permission prompt); released builds never do.
 */
export const E2E_CUSTOM_SITE = 'https://hr.acme-corp.example/*';
