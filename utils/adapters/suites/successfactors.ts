/**
 * SAP SuccessFactors Performance Management. Forms open from the Performance
 * inbox (`/sf/pmreviews`, V) or under an `/xi/ui/<pm…|perf…>/pages/` module
 * (G), and the form must name a review. Answers: plain textareas (UI5
 * `sapMTextAreaInner`, G) or the opt-in rich text editor's same-origin iframe
 * (TinyMCE-style, G). The send-to-next-step dialog's comment is not an answer.
 *
 * Whose review: the form's title names the employee ("… for Carla Grant",
 * G), the route map's current step whose turn it is ("Self Assessment",
 * "Manager Assessment", V), the shell header the signed-in user (G).
 */
import { defineAdapter } from '../define';
import { firstText, MANAGER_KIND, SELF_KIND, textMatch } from '../context';
import type { SuiteAddress, SuiteUrls } from '../types';

/** Where its review pages are: all the launcher reads before it loads the rest (utils/adapters/addresses.ts). */
export const address = {
  hosts: ['https://*.successfactors.com/*', 'https://*.successfactors.eu/*', 'https://*.sapsf.com/*', 'https://*.sapsf.eu/*'],
  path: /^\/(?:sf\/pm|xi\/ui\/(?:pm|perf))/i,
} satisfies SuiteAddress;

export const adapter = /* @__PURE__ */ defineAdapter({
  ...address,
  id: 'successfactors',
  name: 'SAP SuccessFactors',
  needsReviewWords: true,
  fields: 'textarea,iframe',
  exclude: '[role=dialog],[role=search]',
  context: {
    subject: (doc) => textMatch(doc, 'h1', /\b(?:for|voor|pour|für|de)\s+(\p{Lu}[^:]*?)\s*$/u),
    writer: (doc) => firstText(doc, '.sapUshellShellHeadUsrItmName'),
    isSelfForm: (_url, doc) => SELF_KIND.test(firstText(doc, '.sfRouteStep.current') ?? ''),
    isManagerForm: (_url, doc) => MANAGER_KIND.test(firstText(doc, '.sfRouteStep.current') ?? ''),
  },
});

export const urls: SuiteUrls = {
  review: [
    'https://performancemanager4.successfactors.com/sf/pmreviews?bplte_company=ACMECORP',
    'https://hcm10.sapsf.com/sf/pmreviews?bplte_company=GLOBEX&_s.crb=cCGlhxZRYUMgGt%3d',
    'https://performancemanager5.successfactors.eu/sf/pmreviews?bplte_company=ACMEEU&formDataId=48213',
    'https://hcm2preview.sapsf.eu/xi/ui/pmreviews/pages/form.xhtml?formDataId=48213&formContentId=99120',
    'https://pmsalesdemo8.successfactors.com/xi/ui/performance/pages/pmForm.xhtml?formDataId=1042',
  ],
  other: [
    'https://performancemanager8.successfactors.com/sf/home?bplte_company=ACMECORP',
    'https://pmsalesdemo8.successfactors.com/sf/start/#/companyEntry',
    'https://performancemanager10.successfactors.com/sf/timesheet?bplte_company=ACMECORP',
    'https://performancemanager8.successfactors.com/xi/ui/payroll/pages/PayStatement.xhtml?bplte_company=ACMECORP',
    'https://hcm10.sapsf.com/sf/learning?bplte_company=GLOBEX',
    'https://hcm10.sapsf.com/sf/careerworksheet?bplte_company=GLOBEX',
    'https://acme.successfactors.eu/xi/ui/reportcenter/pages/reportCenter.xhtml',
    'https://hcm10.sapsf.com/sf/liveprofile?selected_user=jdoe',
    'https://performancemanager4.successfactors.com/xi/ui/continuousperformance/pages/index.xhtml',
  ],
};
