import { readFileSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { openApiJson } from './openApiJson';
import { createOpenApiDocument } from './openapi';
import { ERROR_STATUS, type RouteDefinition, routes } from './routes';

const committedPath = new URL('../../openapi.json', import.meta.url);
const committed = readFileSync(committedPath, 'utf8');
const document = createOpenApiDocument();

function localRefs(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) localRefs(item, found);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string') found.push(inner);
      else localRefs(inner, found);
    }
  }
  return found;
}

function resolvePointer(pointer: string): unknown {
  const steps = pointer.replace(/^#\//, '').split('/');
  let node: unknown = document;
  for (const step of steps) node = (node as Record<string, unknown> | undefined)?.[step];
  return node;
}

describe('given the committed openapi.json', () => {
  it('should equal the document generated from the routes and schemas', () => {
    const fresh = openApiJson();
    expect(
      committed === fresh,
      'openapi.json is stale: run `pnpm --filter @fiko/team-sdk generate:openapi` and commit it.',
    ).toBe(true);
  });

  it('should be a valid OpenAPI 3.1 document for a real validator', async () => {
    const validator = new Validator();
    const result = await validator.validate(JSON.parse(committed));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('should be checked by a validator that refuses a broken copy of it', async () => {
    const broken = JSON.parse(committed);
    broken.paths['/me'].get.responses['200'] = { content: {} };
    broken.paths['/seats'].get.responses['200'].content['application/json'].schema = {
      $ref: '#/components/schemas/Missing',
    };
    expect((await new Validator().validate(broken)).valid).toBe(false);
  });
});

describe('given the generated document', () => {
  const entries = Object.entries(routes) as Array<[string, RouteDefinition]>;

  it('should describe every route once, under its adapter method name', () => {
    const operationIds = Object.values(document.paths).flatMap((operations) =>
      Object.values(operations).map((operation) => operation.operationId),
    );
    expect(operationIds.sort()).toEqual(entries.map(([name]) => name).sort());
  });

  it('should place each route at its path and method, with path parameters in braces', () => {
    for (const [name, route] of entries) {
      const path = route.path.replace(/:(\w+)/g, '{$1}');
      expect(document.paths[path]?.[route.method]?.operationId, name).toBe(name);
    }
  });

  it('should require the bearer session everywhere except on public routes', () => {
    expect(document.security).toEqual([{ sessionToken: [] }]);
    for (const [name, route] of entries) {
      const path = route.path.replace(/:(\w+)/g, '{$1}');
      const operation = document.paths[path]?.[route.method];
      expect(operation?.security, name).toEqual(route.public ? [] : undefined);
      expect(Object.keys(operation?.responses ?? {}).includes('401'), name).toBe(
        !route.public,
      );
    }
  });

  it('should answer every error status of ERROR_STATUS with an ErrorBody narrowed to its codes', () => {
    const responses = document.components.responses as Record<string, unknown>;
    for (const [code, status] of Object.entries(ERROR_STATUS)) {
      const response = JSON.stringify(responses[`Error${status}`]);
      expect(response, code).toContain('#/components/schemas/ErrorBody');
      expect(response, code).toContain(`"${code}"`);
    }
    expect(JSON.stringify(responses.Error429)).toContain('Retry-After');
  });

  it('should resolve every reference inside the document', () => {
    const refs = localRefs(document);
    expect(refs.length).toBeGreaterThan(50);
    for (const ref of refs) expect(resolvePointer(ref), ref).toBeTypeOf('object');
  });

  it('should keep shared schemas as components and name the route-specific ones', () => {
    const names = Object.keys(document.components.schemas);
    expect(names).toEqual(
      expect.arrayContaining(['Member', 'Invitation', 'Group', 'Seats', 'ErrorBody']),
    );
    expect(names).toEqual(
      expect.arrayContaining(['ChangeRoleBody', 'ListGroupsResponse']),
    );
    const member = JSON.stringify(document.components.schemas.MemberPage);
    expect(member).toContain('#/components/schemas/Member');
  });

  it('should describe request bodies as clients send them: defaults optional, emails as emails', () => {
    const schemas = document.components.schemas as Record<
      string,
      Record<string, unknown>
    >;
    expect(schemas.CreateGroupInput?.required).toEqual(['name', 'kind']);
    const invite = schemas.InviteInput?.properties as Record<string, { format?: string }>;
    expect(invite.email?.format).toBe('email');
  });

  it('should document the 415 a body in another media type than JSON meets', () => {
    for (const [name, route] of entries) {
      const path = route.path.replace(/:(\w+)/g, '{$1}');
      const responses = document.paths[path]?.[route.method]?.responses ?? {};
      expect(Object.keys(responses).includes('415'), name).toBe(Boolean(route.body));
    }
    const refusal = JSON.stringify(
      (document.components.responses as Record<string, unknown>).Error415,
    );
    expect(refusal).toContain('application/json');
    expect(refusal).toContain('"validation"');
  });

  it('should document the session header an acceptance hands over', () => {
    const accepted = document.paths['/invitations/accept']?.post?.responses['201'];
    expect(accepted).toHaveProperty(
      ['headers', 'X-Session-Token', 'schema', 'type'],
      'string',
    );
  });

  it('should describe list filters as query parameters with their limits', () => {
    const parameters = document.paths['/members']?.get?.parameters as Array<{
      name: string;
      in: string;
      required: boolean;
      schema: { maximum?: number };
    }>;
    expect(parameters.map((parameter) => parameter.name)).toEqual(
      Object.keys(routes.listMembers.query.shape),
    );
    const limit = parameters.find((parameter) => parameter.name === 'limit');
    expect(limit).toMatchObject({
      in: 'query',
      required: false,
      schema: { maximum: 200 },
    });
  });
});
