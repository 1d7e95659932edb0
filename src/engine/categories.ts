// The red-flag taxonomy a rule's `category` must come from (../shared/reference/red-flags.md §1),
// plus two context categories. Data only; never imports.

/** Red flags specific to scam-compound recruitment, or shared with it (scope SC or SC+G). */
export const RED_FLAG_CATEGORIES = [
  // 1a offer & compensation
  'high-pay-low-skill', 'no-experience-no-qualification', 'perks-too-good', 'travel-paid-by-employer',
  'debt-and-ransom', 'recruitment-fee', 'crypto-payment',
  // 1b employer identity & recruiter
  'vague-employer', 'impersonates-real-company', 'unlicensed-intermediary', 'recruited-via-acquaintance',
  'personal-contact-channel',
  // 1c destination, route, documents
  'high-risk-destination', 'transit-via-thailand', 'location-changes', 'interview-in-hub-city',
  'tourist-visa-for-work', 'coached-to-lie', 'irregular-crossing', 'passport-copy-request',
  'no-contract-or-contract-on-arrival', 'secrecy',
  // 1d channel & process
  'chat-app-recruitment', 'move-off-platform', 'chat-only-interview', 'typing-test', 'urgency',
  // 1e target profile & titles
  'job-title-front', 'educated-multilingual-target', 'age-targeting',
  // 1f work content
  'chat-operator-role', 'crypto-or-gambling-business', 'referral-bonus',
  // 1g generic job scams
  'pay-to-work', 'task-scam-optimization', 'money-mule', 'fake-check', 'unsolicited-offer',
] as const;

/** Combination rules: several independent signs of the trafficking-recruitment pattern together. */
export const PATTERN_CATEGORY = 'trafficking-pattern';
/** Texts that warn about scams (news, advisories); such rules usually carry `cap`. */
export const AWARENESS_CATEGORY = 'awareness';
/** Signs of a legitimate offer (licensed agency, written contract); such rules carry negative weight. */
export const LEGIT_CONTEXT_CATEGORY = 'legit-context';
/** Wording that, taken as a whole, is like scam-compound recruitment (terms matchers; supportOnly rules). */
export const WORDING_CATEGORY = 'recruitment-wording';

export const CATEGORIES: readonly string[] = [
  ...RED_FLAG_CATEGORIES, PATTERN_CATEGORY, AWARENESS_CATEGORY, LEGIT_CONTEXT_CATEGORY, WORDING_CATEGORY,
];
