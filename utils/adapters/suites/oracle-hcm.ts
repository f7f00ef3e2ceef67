/**
 * Oracle HCM Cloud (Fusion). Performance paths are not documented (G: Redwood
 * `/fscmUI|hcmUI/redwood/…performance…`, classic `/hcmUI/faces/…` with a
 * performance node), so the URL must name performance or talent and the page
 * must name a review ("Worker Self-Evaluation", "Performance Evaluation").
 * Answers: Oracle JET / ADF textareas (labelled by `<label for>`) and rich
 * text editables. The Digital Assistant chat and dialogs are not answers.
 */
import { defineAdapter } from '../define';
import { ORACLE_HCM_TENANT } from '../hosts';
import type { SuiteAddress, SuiteUrls } from '../types';

/** Where its review pages are: all the launcher reads before it loads the rest (utils/adapters/addresses.ts). */
export const address = {
  hosts: ['https://*.oraclecloud.com/*'],
  tenantHost: ORACLE_HCM_TENANT,
  path: /^\/(?:fscm|hcm)UI\/.*(?:performance|talent)/i,
} satisfies SuiteAddress;

export const adapter = /* @__PURE__ */ defineAdapter({
  ...address,
  id: 'oracle-hcm',
  name: 'Oracle HCM Cloud',
  needsReviewWords: true,
  fields: 'textarea,[contenteditable]',
  exclude: '[role=dialog],[role=search],[role=complementary]',
});

export const urls: SuiteUrls = {
  review: [
    'https://fa-evzn-saasfaprod1.fa.ocs.oraclecloud.com/fscmUI/redwood/performance-documents/view/document?documentId=300000123456789',
    'https://ejir.fa.us6.oraclecloud.com/hcmUI/redwood/performance/evaluations/self?pDocumentId=300000098765',
    'https://gzn.fa.em2.oraclecloud.com/fscmUI/redwood/talent-performance/my-performance/evaluation',
    'https://eeho.fa.us2.oraclecloud.com/hcmUI/faces/FndOverview?fnd=%3B%3B%3B%3Bfalse%3B256%3B%3B%3B&fndGlobalItemNodeId=itemNode_my_information_performance',
  ],
  other: [
    'https://eeho.fa.us2.oraclecloud.com/hcmUI/faces/AtkHomePageWelcome',
    'https://fa-evzn-saasfaukgovprod1.fa.ocs.oraclecloud.com/fscmUI/redwood/absences/plan-balances?pPersonId=3001&pAssignmentId=3002',
    'https://edyd.fa.us2.oraclecloud.com/hcmUI/faces/FndOverview?fnd=%3B%3B%3B%3Bfalse%3B256%3B%3B%3B&fndGlobalItemNodeId=HWM_HCMWFMWORKAREA_FUSE_WEBCLOCK',
    'https://ejir.fa.us6.oraclecloud.com/fscmUI/redwood/employment-change/update/assignment',
    'https://eeho.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/job/11138',
    'https://ejir-test.fa.us6.oraclecloud.com/hcmUI/faces/FndJobStatus?submissionRef=4411',
    'https://ejir.fa.us6.oraclecloud.com/fscmUI/redwood/goals/my-goals',
    // Public object storage on the same domain: anyone's pages, never a suite.
    'https://objectstorage.us-ashburn-1.oraclecloud.com/n/x/b/public/o/fscmUI/redwood/performance/review.html',
  ],
};
