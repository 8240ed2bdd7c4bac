import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { OpenApiDocument, OpenApiOperation, OpenApiResponse } from '../openapi';

/** A response to check, as a test saw it. */
export interface ResponseToCheck {
  method: string;
  /** The request path or URL; the base path of `servers[0]` is removed first. */
  path: string;
  status: number;
  /** The parsed JSON body; `undefined` for none. */
  body?: unknown;
}

export interface ResponseCheck {
  valid: boolean;
  /** The operation the request matched, when one did. */
  operationId?: string;
  /** What does not match, one readable line each. */
  errors: string[];
}

export interface ResponseValidatorOptions {
  /**
   * The path the API is mounted on, removed from request paths before they are
   * matched. Defaults to the path of the document's `servers[0].url`.
   */
  basePath?: string;
}

export interface ResponseValidator {
  /** Checks a response against the document: a known operation, a documented status, a matching body. */
  validate(response: ResponseToCheck): ResponseCheck;
  /** Reads a fetch `Response` (without consuming it) and validates it. */
  validateFetch(request: Request, response: Response): Promise<ResponseCheck>;
  /** Throws an `Error` listing every mismatch unless the response matches. */
  assertValid(response: ResponseToCheck): void;
}

const DOCUMENT_ID = 'urn:fiko:openapi';

interface Template {
  method: string;
  pattern: RegExp;
  /** Literal segments: `/invitations/preview` wins over `/invitations/{id}`. */
  literals: number;
  operation: OpenApiOperation;
}

function templatesOf(document: OpenApiDocument): Template[] {
  const templates: Template[] = [];
  for (const [path, operations] of Object.entries(document.paths)) {
    const segments = path.split('/').filter(Boolean);
    const source = segments
      .map((segment) => (/^\{.+\}$/.test(segment) ? '[^/]+' : escapeRegExp(segment)))
      .join('/');
    const literals = segments.filter((segment) => !segment.startsWith('{')).length;
    for (const [method, operation] of Object.entries(operations)) {
      templates.push({
        method,
        pattern: new RegExp(`^/${source}/?$`),
        literals,
        operation,
      });
    }
  }
  return templates.sort((a, b) => b.literals - a.literals);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function basePathOf(document: OpenApiDocument, options: ResponseValidatorOptions) {
  if (options.basePath !== undefined) return options.basePath.replace(/\/+$/, '');
  const url = document.servers?.[0]?.url ?? '';
  return new URL(url, 'http://base.invalid').pathname.replace(/\/+$/, '');
}

function pathOf(pathOrUrl: string, basePath: string): string {
  const path = new URL(pathOrUrl, 'http://base.invalid').pathname;
  return basePath && path.startsWith(basePath)
    ? path.slice(basePath.length) || '/'
    : path;
}

/** Points `#/components/…` references of an operation's schema at the document. */
function anchored(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(anchored);
  if (typeof schema !== 'object' || schema === null) return schema;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    const isLocalRef =
      key === '$ref' && typeof value === 'string' && value.startsWith('#');
    copy[key] = isLocalRef ? `${DOCUMENT_ID}${value}` : anchored(value);
  }
  return copy;
}

function describe(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map(
    (error) =>
      `body${error.instancePath.replace(/\//g, '.')} ${error.message ?? 'is invalid'}`,
  );
}

function resolveResponse(
  document: OpenApiDocument,
  response: OpenApiOperation['responses'][string],
): OpenApiResponse {
  const { $ref } = response as { $ref?: unknown };
  if (typeof $ref !== 'string') return response as OpenApiResponse;
  const name = $ref.replace('#/components/responses/', '');
  const responses = (document.components.responses ?? {}) as Record<
    string,
    OpenApiResponse
  >;
  const resolved = responses[name];
  if (!resolved) throw new Error(`The document has no response "${$ref}".`);
  return resolved;
}

function documentedResponse(operation: OpenApiOperation, status: number) {
  const { responses } = operation;
  return (
    responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default
  );
}

/** Accepts the document however it was loaded (a JSON import, `JSON.parse`, the generator). */
function documentOf(value: object): OpenApiDocument {
  const candidate = value as Partial<OpenApiDocument>;
  if (typeof candidate.paths !== 'object' || typeof candidate.components !== 'object') {
    throw new Error(
      'createResponseValidator needs an OpenAPI document with paths and components.',
    );
  }
  return candidate as OpenApiDocument;
}

/**
 * Checks HTTP responses against an OpenAPI 3.1 document, such as the kit's
 * `openapi.json`, so a server's tests can assert that every answer keeps the
 * contract. Lives in its own subpath because it brings ajv along.
 */
export function createResponseValidator(
  openApi: OpenApiDocument | object,
  options: ResponseValidatorOptions = {},
): ResponseValidator {
  const document = documentOf(openApi);
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: DOCUMENT_ID, components: document.components });

  const templates = templatesOf(document);
  const basePath = basePathOf(document, options);
  const compiled = new Map<string, ValidateFunction>();

  function compile(key: string, schema: unknown): ValidateFunction {
    let validateBody = compiled.get(key);
    if (!validateBody) {
      validateBody = ajv.compile(anchored(schema) as object);
      compiled.set(key, validateBody);
    }
    return validateBody;
  }

  function validate(response: ResponseToCheck): ResponseCheck {
    const method = response.method.toLowerCase();
    const path = pathOf(response.path, basePath);
    const template = templates.find(
      (candidate) => candidate.method === method && candidate.pattern.test(path),
    );
    const where = `${method.toUpperCase()} ${path}`;
    if (!template) return { valid: false, errors: [`${where} is not in the document.`] };

    const { operationId } = template.operation;
    const documented = documentedResponse(template.operation, response.status);
    if (!documented) {
      const errors = [`${where} (${operationId}) never answers ${response.status}.`];
      return { valid: false, operationId, errors };
    }

    const schema = resolveResponse(document, documented).content?.['application/json']
      ?.schema;
    if (!schema) {
      const empty = response.body === undefined || response.body === '';
      const errors = empty ? [] : [`${where} answers ${response.status} without a body.`];
      return { valid: empty, operationId, errors };
    }

    const validateBody = compile(`${operationId} ${response.status}`, schema);
    const valid = validateBody(response.body) === true;
    const errors = describe(validateBody.errors).map(
      (error) => `${where} ${response.status}: ${error}`,
    );
    return { valid, operationId, errors };
  }

  return {
    validate,
    async validateFetch(request, response) {
      const text = await response.clone().text();
      let body: unknown = text === '' ? undefined : text;
      try {
        body = text === '' ? undefined : JSON.parse(text);
      } catch {
        // Not JSON: the schema check reports it against the raw text.
      }
      return validate({
        method: request.method,
        path: request.url,
        status: response.status,
        body,
      });
    },
    assertValid(response) {
      const result = validate(response);
      if (!result.valid) {
        throw new Error(
          `The response does not match the OpenAPI document:\n${result.errors.join('\n')}`,
        );
      }
    },
  };
}
