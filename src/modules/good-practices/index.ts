/** Public entry of the good-practices module (好事例). */
export { goodPracticeCases, goodPracticeEvents, goodPracticeRegions, goodPracticeTags, goodPracticeGrams, goodPracticeGramCounts, goodPracticeAdoptions } from './schema.ts';
export { CaseContent, type CaseInput } from './domain/case-content.ts';
export { FIELDS, FIELD_KEYS, FIELD_LABELS, PILLARS, PILLAR_LABELS, SECTORS, SECTOR_LABELS, FUNDING_KINDS, FUNDING_LABELS, type Field, type Pillar } from './domain/fields.ts';
export { CASE_STATUSES, CASE_STATUS_LABELS, type CaseStatus } from './domain/workflow.ts';
export { searchKey, queryGrams, gramCounts, gramsRequired } from './domain/search-grams.ts';
export { searchSql, runSearch, gramCaseCounts, gatheringGrams, COMMON_GRAM_SHARE, type SearchQuery, type SearchHit } from './search-query.ts';
export { gramRows, partsOf, rebuildGramCounts } from './repository.ts';
export { createCase } from './use-cases/create-case.ts';
export { transitionCase } from './use-cases/transition-case.ts';
