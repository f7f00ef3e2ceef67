/**
 * Match patterns of the hosted HR suites (see HR-SUITES.md). These are the
 * only origins where the launcher content script runs without the user
 * enabling a site. Self-hosted suites (OrangeHRM, Odoo, Frappe HR, …) live on
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
  // Leapsome (hash-routed single page app under /app)
  'https://www.leapsome.com/*',
  // Oracle HCM Cloud: <pod>.fa.<dc>.oraclecloud.com, fa-xxxx-saasfaprod1.fa.ocs.oraclecloud.com
  'https://*.oraclecloud.com/*',
  // Zoho People (regional data centres)
  'https://people.zoho.com/*',
  'https://people.zoho.eu/*',
  'https://people.zoho.in/*',
  'https://people.zoho.com.au/*',
] as const;

/**
 * The domain end-to-end tests use for a self-hosted suite the user enabled.
 * Only the `--mode e2e` build holds a permission for it (a test browser
 * cannot answer the permission prompt); released builds never do.
 */
export const E2E_CUSTOM_SITE = 'https://hr.acme-corp.example/*';
