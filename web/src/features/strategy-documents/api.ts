/** The strategy-documents API (/api/v1/strategy-documents…): extract a draft from a document, accept the reviewed draft. */
import { request } from '../../api/client.ts';
import type { components, paths } from '../../api/schema.gen.ts';

export type DraftKpi = components['schemas']['DraftKpi'];
export type DocumentLine = components['schemas']['DocumentLine'];
export type DraftCatalog = components['schemas']['DraftCatalog'];
export type ExtractResponse = paths['/api/v1/strategy-documents/extract']['post']['responses'][200]['content']['application/json'];
export type AcceptBody = NonNullable<paths['/api/v1/strategy-documents/accept']['post']['requestBody']>['content']['application/json'];
export type AcceptResponse = paths['/api/v1/strategy-documents/accept']['post']['responses'][201]['content']['application/json'];

/** The server's limit of an upload (UPLOAD_BODY_LIMIT), stated beside the file input. */
export const MAX_DOCUMENT_MB = 20;

export const strategyDocumentPaths = { fromDocument: () => '/strategies/new/from-document' };

export function extractDocument(file: File, name?: string): Promise<ExtractResponse> {
  const form = new FormData();
  form.append('file', file, file.name);
  if (name) form.append('name', name);
  return request<ExtractResponse>('/api/v1/strategy-documents/extract', { method: 'POST', body: form });
}

export const acceptDraft = (body: AcceptBody): Promise<AcceptResponse> => request<AcceptResponse>('/api/v1/strategy-documents/accept', { method: 'POST', json: body });
