import type { Rule } from '../rule.js';
import { asReportedInEvidence } from './as-reported-in-evidence.js';
import { claimsCiteMeetingSources } from './claims-cite-meeting-sources.js';
import { claimsInDateOrder } from './claims-in-date-order.js';
import { claimsUnique } from './claims-unique.js';
import { coChairsMatchParticipants } from './co-chairs-match-participants.js';
import { conflictClaimsDistinct } from './conflict-claims-distinct.js';
import { dateMatchesQuote } from './date-matches-quote.js';
import { datesHaveSupport } from './dates-have-support.js';
import { evidenceQuotesMatch } from './evidence-quotes-match.js';
import { inferenceFieldsExist } from './inference-fields-exist.js';
import { meetingSourcesCited } from './meeting-sources-cited.js';
import { meetingNotBeforePeriod } from './meeting-not-before-period.js';
import { metricGroupsConsistent } from './metric-groups-consistent.js';
import { metricUnitMatchesIndicator } from './metric-unit-matches-indicator.js';
import { organizationParentsAcyclic } from './organization-parents-acyclic.js';
import { participantSitesExist } from './participant-sites-exist.js';
import { placesFit } from './places-fit.js';
import { quantityMatchesWords } from './quantity-matches-words.js';
import { rankCodeMatchesRendering } from './rank-code-matches-rendering.js';
import { redirectsResolve } from './redirects-resolve.js';
import { referencesResolve } from './references-resolve.js';
import { textIsClean } from './text-is-clean.js';
import { uniqueIds } from './unique-ids.js';

/** Every whole-dataset rule, in the order they run: adding a rule is a file here and a line below. */
export const RULES: readonly Rule[] = [
  uniqueIds,
  textIsClean,
  referencesResolve,
  evidenceQuotesMatch,
  datesHaveSupport,
  dateMatchesQuote,
  meetingNotBeforePeriod,
  coChairsMatchParticipants,
  participantSitesExist,
  meetingSourcesCited,
  claimsCiteMeetingSources,
  claimsUnique,
  claimsInDateOrder,
  metricUnitMatchesIndicator,
  metricGroupsConsistent,
  quantityMatchesWords,
  asReportedInEvidence,
  rankCodeMatchesRendering,
  inferenceFieldsExist,
  conflictClaimsDistinct,
  redirectsResolve,
  organizationParentsAcyclic,
  placesFit,
];
