/** Public entry of the strategy-documents module: read a document, find its KPIs, make the draft, measure it. */
export type { DocumentLine, DocumentFormat, ReadDocument } from './domain/document-lines.ts';
export { findKpis } from './domain/find-kpis.ts';
export { nameSimilarity } from './domain/reading-text.ts';
export type { FoundKpi } from './domain/found-kpi.ts';
export { draftCatalog, type DraftCatalog, type DraftKpi } from './domain/draft-catalog.ts';
export { measureTree, sameNodeName, type ReferenceNode, type TreeMeasurement } from './domain/measure-tree.ts';
export { findHeadings, outline, type Heading } from './domain/headings.ts';
export { DRAFT_NODE, type DraftNode } from './domain/draft-outline.ts';
export { measureDraft, referenceLeaves, LINE_SLACK, NAME_THRESHOLD, type Measurement, type ReferenceKpi } from './domain/measure.ts';
export { readDocument, sniffFormat } from './interchange/read-document.ts';
export { extractStrategyDraft, type ExtractedDraft } from './use-cases/extract-draft.ts';
export { acceptDraft, type AcceptDraftInput, type AcceptedDraft } from './use-cases/accept-draft.ts';
export { acceptingOwner, canAcceptDraft } from './permissions.ts';
