import { createOpenApiDocument } from './openapi';

/** The committed `openapi.json`, byte for byte: the document with two-space indentation. */
export function openApiJson(): string {
  return `${JSON.stringify(createOpenApiDocument(), null, 2)}\n`;
}
