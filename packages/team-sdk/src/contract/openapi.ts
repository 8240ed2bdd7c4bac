import * as z from 'zod/mini';
import { TEAM_ERROR_CODES, type TeamErrorCode } from '../errors';
import {
  AcceptedInvitationSchema,
  AcceptInvitationInputSchema,
  CreateGroupInputSchema,
  EmailSchema,
  ExpectedVersionSchema,
  GroupKindSchema,
  GroupMembersInputSchema,
  GroupSchema,
  InvitationPreviewSchema,
  InvitationSchema,
  InvitationStatusSchema,
  InviteInputSchema,
  MemberPageSchema,
  MemberSchema,
  MemberStatusSchema,
  MeSchema,
  RoleSchema,
  SeatLimitInputSchema,
  SeatsSchema,
  TeamSchema,
  TombstoneSchema,
  UpdateGroupInputSchema,
} from '../schemas';
import { UNSUPPORTED_MEDIA_TYPE } from './errorResponse';
import {
  ERROR_STATUS,
  ErrorBodySchema,
  type RouteDefinition,
  type RouteName,
  routes,
} from './routes';

/*
 * The OpenAPI 3.1 document of the REST contract, generated from `routes` and
 * the zod schemas, so the document, the HTTP adapter, the MSW handlers and the
 * servers cannot drift apart. `scripts/generate-openapi.ts` writes it to
 * `openapi.json`; a test fails when the committed file is stale.
 */

/** A JSON value of the document. */
export type OpenApiDocument = Record<string, unknown> & {
  openapi: string;
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, unknown> } & Record<string, unknown>;
  servers?: Array<{ url: string }>;
};

/** One operation of the document, as far as the kit's tools read it. */
export interface OpenApiOperation {
  operationId: string;
  responses: Record<string, OpenApiResponse | { $ref: string }>;
  [key: string]: unknown;
}

export interface OpenApiResponse {
  description: string;
  content?: Record<string, { schema: unknown }>;
  [key: string]: unknown;
}

export interface OpenApiOptions {
  /** Where the API is served, in `servers[0].url`. Defaults to `/api/v1`. */
  serverUrl?: string;
}

type JsonSchema = Record<string, unknown>;

const SCHEMA_REF = '#/components/schemas/';
const BEARER = 'sessionToken';

/** The shared schemas, by component name: each appears once and is referenced. */
const RESPONSE_COMPONENTS: ReadonlyArray<[z.ZodMiniType, string]> = [
  [RoleSchema, 'Role'],
  [MemberStatusSchema, 'MemberStatus'],
  [InvitationStatusSchema, 'InvitationStatus'],
  [GroupKindSchema, 'GroupKind'],
  [TeamSchema, 'Team'],
  [MemberSchema, 'Member'],
  [MeSchema, 'Me'],
  [MemberPageSchema, 'MemberPage'],
  [InvitationSchema, 'Invitation'],
  [InvitationPreviewSchema, 'InvitationPreview'],
  [AcceptedInvitationSchema, 'AcceptedInvitation'],
  [SeatsSchema, 'Seats'],
  [TombstoneSchema, 'Tombstone'],
  [GroupSchema, 'Group'],
  [ErrorBodySchema, 'ErrorBody'],
];

const REQUEST_COMPONENTS: ReadonlyArray<[z.ZodMiniType, string]> = [
  [RoleSchema, 'Role'],
  [GroupKindSchema, 'GroupKind'],
  [InviteInputSchema, 'InviteInput'],
  [AcceptInvitationInputSchema, 'AcceptInvitationInput'],
  [ExpectedVersionSchema, 'ExpectedVersion'],
  [CreateGroupInputSchema, 'CreateGroupInput'],
  [UpdateGroupInputSchema, 'UpdateGroupInput'],
  [GroupMembersInputSchema, 'GroupMembersInput'],
  [SeatLimitInputSchema, 'SeatLimitInput'],
];

function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function routeEntries(): Array<[RouteName, RouteDefinition]> {
  return Object.entries(routes) as Array<[RouteName, RouteDefinition]>;
}

// ---------------------------------------------------------------------------
// Schemas
// ---------------------------------------------------------------------------

/** zod loses the email format behind the trimming pipe; the document keeps it. */
function keepEmailFormat(ctx: { zodSchema: unknown; jsonSchema: JsonSchema }) {
  if (ctx.zodSchema === EmailSchema) ctx.jsonSchema.format = 'email';
}

function withoutIds(schema: JsonSchema): JsonSchema {
  const { $schema: _dialect, $id: _id, ...rest } = schema;
  return rest;
}

interface SchemaSet {
  named: ReadonlyArray<[z.ZodMiniType, string]>;
  io: 'input' | 'output';
  /** The route schemas of this side, named after their route when not shared. */
  pick(route: RouteDefinition): z.ZodMiniType | null | undefined;
  suffix: string;
}

/** Component names, keyed by schema, for one side (requests or responses). */
function namesFor(set: SchemaSet): Map<z.ZodMiniType, string> {
  const names = new Map(set.named);
  for (const [name, route] of routeEntries()) {
    const schema = set.pick(route);
    if (schema && !names.has(schema)) names.set(schema, `${pascal(name)}${set.suffix}`);
  }
  return names;
}

function componentsFor(set: SchemaSet, names: Map<z.ZodMiniType, string>) {
  const registry = z.registry<{ id: string }>();
  for (const [schema, id] of names) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    io: set.io,
    uri: (id) => `${SCHEMA_REF}${id}`,
    override: keepEmailFormat,
  });
  const components: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    components[id] = withoutIds(schema as JsonSchema);
  }
  return components;
}

function mergeComponents(...sides: Array<Record<string, JsonSchema>>) {
  const merged: Record<string, JsonSchema> = {};
  for (const side of sides) {
    for (const [id, schema] of Object.entries(side)) {
      const existing = merged[id];
      if (existing && JSON.stringify(existing) !== JSON.stringify(schema)) {
        throw new Error(`Component "${id}" differs between requests and responses.`);
      }
      merged[id] = schema;
    }
  }
  return Object.fromEntries(
    Object.entries(merged).sort(([a], [b]) => a.localeCompare(b)),
  );
}

const requestSide: SchemaSet = {
  named: REQUEST_COMPONENTS,
  io: 'input',
  pick: (route) => route.body,
  suffix: 'Body',
};

const responseSide: SchemaSet = {
  named: RESPONSE_COMPONENTS,
  io: 'output',
  pick: (route) => route.response,
  suffix: 'Response',
};

// ---------------------------------------------------------------------------
// Operations
// ---------------------------------------------------------------------------

function ref(name: string) {
  return { $ref: `${SCHEMA_REF}${name}` };
}

function parametersOf(route: RouteDefinition): JsonSchema[] {
  const parameters: JsonSchema[] = [];
  for (const [where, object] of [
    ['path', route.params],
    ['query', route.query],
  ] as const) {
    if (!object) continue;
    const schema = z.toJSONSchema(object, { io: 'input', override: keepEmailFormat });
    const required = new Set((schema.required as string[] | undefined) ?? []);
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      parameters.push({
        name,
        in: where,
        required: where === 'path' || required.has(name),
        schema: property,
      });
    }
  }
  return parameters;
}

function successStatus(route: RouteDefinition): number {
  return route.status ?? (route.response === null ? 204 : 200);
}

function successResponse(route: RouteDefinition, names: Map<z.ZodMiniType, string>) {
  if (route.response === null) return { description: 'Done; no content.' };
  const name = names.get(route.response);
  if (!name) throw new Error(`No component name for the response of ${route.path}.`);
  return {
    description: 'Success.',
    ...(route.responseHeaders ? { headers: headersOf(route.responseHeaders) } : {}),
    content: { 'application/json': { schema: ref(name) } },
  };
}

function headersOf(headers: Record<string, string>) {
  const entries = Object.entries(headers).map(([name, description]) => [
    name,
    { description, schema: { type: 'string' } },
  ]);
  return Object.fromEntries(entries);
}

function errorStatusesOf(route: RouteDefinition): number[] {
  const statuses = new Set(Object.values(ERROR_STATUS));
  // A public route never asks for a session, so it never answers 401.
  if (route.public) statuses.delete(ERROR_STATUS.unauthenticated);
  if (route.body) statuses.add(UNSUPPORTED_MEDIA_TYPE);
  return [...statuses].sort((a, b) => a - b);
}

function operationOf(
  name: RouteName,
  route: RouteDefinition,
  requestNames: Map<z.ZodMiniType, string>,
  responseNames: Map<z.ZodMiniType, string>,
): OpenApiOperation {
  const responses: OpenApiOperation['responses'] = {
    [successStatus(route)]: successResponse(route, responseNames),
  };
  for (const status of errorStatusesOf(route)) {
    responses[status] = { $ref: `#/components/responses/Error${status}` };
  }

  const bodyName = route.body ? requestNames.get(route.body) : undefined;
  const parameters = parametersOf(route);
  return {
    operationId: name,
    summary: route.summary,
    tags: [route.path.split('/')[1] ?? 'team'],
    ...(route.public ? { security: [] } : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(bodyName
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref(bodyName) } },
          },
        }
      : {}),
    responses,
  };
}

function openApiPath(path: string): string {
  return path.replace(/:(\w+)/g, '{$1}');
}

function pathsOf(
  requestNames: Map<z.ZodMiniType, string>,
  responseNames: Map<z.ZodMiniType, string>,
) {
  const paths: OpenApiDocument['paths'] = {};
  for (const [name, route] of routeEntries()) {
    const path = openApiPath(route.path);
    paths[path] ??= {};
    paths[path][route.method] = operationOf(name, route, requestNames, responseNames);
  }
  return paths;
}

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

function codesWithStatus(status: number): TeamErrorCode[] {
  return TEAM_ERROR_CODES.filter((code) => ERROR_STATUS[code] === status);
}

const RETRY_AFTER_HEADER = {
  'Retry-After': {
    description: 'Seconds to wait before trying again.',
    schema: { type: 'integer', minimum: 0 },
  },
};

function errorResponse(description: string, codes: TeamErrorCode[], status: number) {
  return {
    description,
    ...(status === 429 || status === 503 ? { headers: RETRY_AFTER_HEADER } : {}),
    content: {
      'application/json': {
        schema: {
          allOf: [
            ref('ErrorBody'),
            { properties: { error: { properties: { code: { enum: codes } } } } },
          ],
        },
      },
    },
  };
}

/** One reusable response per error status, narrowed to the codes that travel with it. */
function errorResponses(): Record<string, JsonSchema> {
  const responses: Record<string, JsonSchema> = {};
  const statuses = [...new Set(Object.values(ERROR_STATUS))].sort((a, b) => a - b);
  for (const status of statuses) {
    const codes = codesWithStatus(status);
    responses[`Error${status}`] = errorResponse(
      `Failure: ${codes.join(', ')}.`,
      codes,
      status,
    );
  }
  responses[`Error${UNSUPPORTED_MEDIA_TYPE}`] = errorResponse(
    'Failure: validation. The body was not sent as application/json; `fields` names `content-type`.',
    ['validation'],
    UNSUPPORTED_MEDIA_TYPE,
  );
  return sortedByStatus(responses);
}

function sortedByStatus(responses: Record<string, JsonSchema>) {
  return Object.fromEntries(
    Object.entries(responses).sort(([a], [b]) => a.localeCompare(b)),
  );
}

// ---------------------------------------------------------------------------
// Document
// ---------------------------------------------------------------------------

/** The OpenAPI 3.1 document of the REST contract. Pure: the same input gives the same document. */
export function createOpenApiDocument(options: OpenApiOptions = {}): OpenApiDocument {
  const requestNames = namesFor(requestSide);
  const responseNames = namesFor(responseSide);
  const schemas = mergeComponents(
    componentsFor(responseSide, responseNames),
    componentsFor(requestSide, requestNames),
  );

  return {
    openapi: '3.1.0',
    info: {
      title: 'Fiko Team Kit REST API',
      version: '1.0.0',
      summary: 'Members, invitations, seats and groups of one team.',
      description:
        'The backend contract of @fiko/team-sdk. Every failure answers an ErrorBody whose `code` is a TeamError code; validation failures name the fields at fault. Changes that carry a `version` fail with `conflict` when the record is newer. Request bodies are JSON: a body sent with another Content-Type (such as the `text/plain` a browser sends cross-origin without a preflight) is refused unread with 415. Numbers in query strings are plain decimal digits. Team data is private: every answer carries `Cache-Control: no-store`.',
    },
    servers: [{ url: options.serverUrl ?? '/api/v1' }],
    security: [{ [BEARER]: [] }],
    tags: [...new Set(routeEntries().map(([, route]) => route.path.split('/')[1]))]
      .filter((tag): tag is string => Boolean(tag))
      .map((name) => ({ name })),
    paths: pathsOf(requestNames, responseNames),
    components: {
      schemas,
      responses: errorResponses(),
      securitySchemes: {
        [BEARER]: {
          type: 'http',
          scheme: 'bearer',
          description:
            'The session token of the signed-in member, issued by the host. Public routes (previewing and accepting an invitation) need none.',
        },
      },
    },
  };
}
