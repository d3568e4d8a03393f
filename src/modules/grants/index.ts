/** Public entry of the grants module (第2世代交付金). */
export { grantApplications, grantApplicationVersions, grantEvents, grantReviewers, grantReviews, grantDecisions, grantVerifications } from './schema.ts';
export { ApplicationContent, type ApplicationInput } from './domain/application-content.ts';
export { parseApplication } from './domain/parse-application.ts';
export {
  PROJECT_KINDS,
  PROJECT_KIND_LABELS,
  APPLICANT_KINDS,
  APPLICANT_KIND_LABELS,
  SECTORS,
  SECTOR_LABELS,
  type ProjectKind,
  type ApplicantKind,
  type Sector,
} from './domain/project-kinds.ts';
export { GRANT_STATUSES, GRANT_STATUS_LABELS, GRANT_ACTION_LABELS, type GrantStatus, type GrantAction } from './domain/workflow.ts';
export { addSampleApplication } from './use-cases/add-sample-application.ts';
export { removeSampleApplications } from './use-cases/remove-sample-applications.ts';
