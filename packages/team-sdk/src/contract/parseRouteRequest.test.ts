import { describe, expect, it } from 'vitest';
import { TeamError } from '../errors';
import { buildRouteRequest } from './buildRouteRequest';
import { errorResponseFor } from './errorResponse';
import { parseJsonBody, parseRouteRequest } from './parseRouteRequest';
import { type RouteName, routes } from './routes';

function validationOf(run: () => unknown): TeamError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(TeamError);
    expect((error as TeamError).code).toBe('validation');
    return error as TeamError;
  }
  throw new Error('Expected a validation error.');
}

/** One valid adapter input per route, as the client would hand it over. */
const INPUTS: Record<RouteName, Record<string, unknown>> = {
  me: {},
  listMembers: { search: 'nok', role: 'cs', sort: 'email', order: 'desc', limit: 10 },
  listInvitations: {},
  getSeats: {},
  setSeatLimit: { limit: 12 },
  listTombstones: {},
  invite: { email: 'ana@example.com', role: 'viewer' },
  cancelInvitation: { invitationId: 'inv_1', version: 2 },
  resendInvitation: { invitationId: 'inv_1' },
  previewInvitation: { token: 'a'.repeat(64) },
  acceptInvitation: { token: 'a'.repeat(64), name: 'Ana' },
  changeRole: { memberId: 'mem_1', role: 'admin', version: 3 },
  setSuperAdmin: { memberId: 'mem_1', superAdmin: true },
  setActive: { memberId: 'mem_1', active: false, version: 1 },
  removeMember: { memberId: 'mem_1', version: 5 },
  listGroups: {},
  createGroup: { name: 'Night', kind: 'shift', description: 'After 22:00' },
  updateGroup: { groupId: 'grp_1', name: 'Late', version: 1 },
  deleteGroup: { groupId: 'grp_1', version: 4 },
  setGroupMembers: { groupId: 'grp_1', memberIds: ['mem_1', 'mem_2'], version: 2 },
};

function paramNames(name: RouteName): string[] {
  const params = (routes[name] as { params?: { shape: object } }).params;
  return params ? Object.keys(params.shape) : [];
}

/** Reads back the path parameters a built request carries, by the route's template. */
function paramsOf(name: RouteName, path: string): Record<string, string> {
  const names: string[] = [];
  const pattern = routes[name].path.replace(/:(\w+)/g, (_, param: string) => {
    names.push(param);
    return '([^/]+)';
  });
  const values = new RegExp(`^${pattern}$`).exec(path)?.slice(1) ?? [];
  return Object.fromEntries(
    names.map((param, index) => [param, decodeURIComponent(values[index]!)]),
  );
}

describe('given the input of each adapter method', () => {
  it.each(Object.keys(INPUTS) as RouteName[])(
    'should build a %s request that parses back into the same input',
    (name) => {
      const request = buildRouteRequest(name, INPUTS[name]);
      expect(request.method).toBe(routes[name].method.toUpperCase());
      const parsed = parseRouteRequest(name, {
        params: paramsOf(name, request.path),
        query: new URLSearchParams(request.query),
        body: JSON.parse(JSON.stringify(request.body ?? null)) ?? undefined,
      });
      expect(parsed).toMatchObject(INPUTS[name]);
    },
  );

  it('should encode path parameters', () => {
    const request = buildRouteRequest('changeRole', { memberId: 'a/b', role: 'cs' });
    expect(request.path).toBe('/members/a%2Fb/role');
  });

  it('should leave undefined values out of the query and the body', () => {
    const removal = buildRouteRequest('removeMember', {
      memberId: 'mem_1',
      version: undefined,
    });
    expect(removal.query).toEqual({});
    const change = buildRouteRequest('changeRole', {
      memberId: 'mem_1',
      role: 'cs',
      version: undefined,
    });
    expect(change.body).toEqual({ role: 'cs' });
  });
});

describe('given a request to parse', () => {
  it('should apply the defaults of the schemas and coerce query numbers', () => {
    const query = parseRouteRequest('listMembers', { query: { limit: '20' } });
    expect(query).toEqual({ sort: 'name', order: 'asc', limit: 20 });
    const removal = parseRouteRequest('removeMember', {
      params: { memberId: 'mem_1' },
      query: new URLSearchParams('version=3'),
    });
    expect(removal).toEqual({ memberId: 'mem_1', version: 3 });
  });

  it('should normalise as the client does: trimmed, lower-cased email', () => {
    const input = parseRouteRequest('invite', {
      body: { email: ' Ana@Example.COM ', role: 'cs' },
    });
    expect(input.email).toBe('ana@example.com');
  });

  it('should treat an empty body as an empty object where every field is optional', () => {
    const input = parseRouteRequest('cancelInvitation', {
      params: { invitationId: 'inv_1' },
    });
    expect(input).toEqual({ invitationId: 'inv_1' });
  });

  it('should never let the body override a path parameter', () => {
    const input = parseRouteRequest('changeRole', {
      params: { memberId: 'mem_path' },
      body: { memberId: 'mem_body', role: 'cs' },
    });
    expect(input.memberId).toBe('mem_path');
  });

  it('should take the first of repeated query values', () => {
    const input = parseRouteRequest('listMembers', {
      query: new URLSearchParams('role=cs&role=admin'),
    });
    expect(input.role).toBe('cs');
  });

  it('should name every field at fault, across body and query', () => {
    const error = validationOf(() =>
      parseRouteRequest('setGroupMembers', {
        params: { groupId: 'grp_1' },
        body: { memberIds: ['mem_1', 'bad id!'], version: -1 },
      }),
    );
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(['memberIds.1', 'version']);
    expect(error.message).toBe(Object.values(error.fields ?? {})[0]);
  });

  it('should name the body when it is not an object', () => {
    const error = validationOf(() =>
      parseRouteRequest('invite', { body: 'ana@example.com' }),
    );
    expect(error.fields).toHaveProperty('body');
  });

  it('should refuse an unknown enum value in the query', () => {
    const error = validationOf(() =>
      parseRouteRequest('listMembers', { query: { sort: 'salary' } }),
    );
    expect(error.fields).toHaveProperty('sort');
  });

  it('should refuse a hostile display name', () => {
    const error = validationOf(() =>
      parseRouteRequest('acceptInvitation', {
        body: { token: 'a'.repeat(64), name: '<script>alert(1)</script>' },
      }),
    );
    expect(error.fields).toHaveProperty('name');
  });
});

describe('given unpaired surrogates in any text of a request', () => {
  const withText = (Object.keys(INPUTS) as RouteName[]).filter((name) =>
    Object.entries(INPUTS[name]).some(
      ([key, value]) => typeof value === 'string' && !paramNames(name).includes(key),
    ),
  );

  it.each(withText)('should refuse them in every body and query text of %s', (name) => {
    for (const [key, value] of Object.entries(INPUTS[name])) {
      if (typeof value !== 'string' || paramNames(name).includes(key)) continue;
      const request = buildRouteRequest(name, {
        ...INPUTS[name],
        [key]: `${value}\ud800`,
      });
      // A plain record, as frameworks hand over: URLSearchParams would turn
      // the surrogate into U+FFFD, which is why a URL can never carry one.
      const error = validationOf(() =>
        parseRouteRequest(name, {
          params: paramsOf(name, request.path),
          query: request.query,
          body: JSON.parse(JSON.stringify(request.body ?? null)) ?? undefined,
        }),
      );
      expect(error.fields, `${name}.${key}`).toHaveProperty([key]);
    }
  });
});

describe('given numbers in a query string', () => {
  const loose = [
    '',
    ' ',
    '0x10',
    '0b1',
    '0o7',
    '1e2',
    '2e1',
    '+5',
    '-0',
    '5.0',
    ' 5',
    'Infinity',
  ];

  it('should read plain decimal digits as numbers', () => {
    const page = parseRouteRequest('listMembers', { query: { limit: '007' } });
    const removal = parseRouteRequest('deleteGroup', {
      params: { groupId: 'grp_1' },
      query: { version: '0' },
    });
    expect(page.limit).toBe(7);
    expect(removal.version).toBe(0);
  });

  it.each(['listMembers', 'removeMember', 'deleteGroup'] as const)(
    'should refuse every other spelling of a number in the query of %s',
    (name) => {
      const field = name === 'listMembers' ? 'limit' : 'version';
      const params = { memberId: 'mem_1', groupId: 'grp_1' };
      for (const value of loose) {
        const error = validationOf(() =>
          parseRouteRequest(name, {
            params,
            query: new URLSearchParams({ [field]: value }),
          }),
        );
        expect(error.fields, JSON.stringify(value)).toHaveProperty([field]);
      }
    },
  );

  it('should word the refusal as the field does', () => {
    const error = validationOf(() =>
      parseRouteRequest('listMembers', { query: { limit: '1e2' } }),
    );
    expect(error.fields?.limit).toBe('A page holds from 1 to 200 members.');
  });
});

describe('given a request body with its Content-Type', () => {
  it('should parse a body sent as application/json, with or without parameters', () => {
    for (const contentType of [
      'application/json',
      'application/json; charset=utf-8',
      'Application/JSON;charset=UTF-8',
    ]) {
      expect(parseJsonBody('{"a":1}', { contentType }), contentType).toEqual({ a: 1 });
    }
  });

  it('should refuse a body sent as anything else, naming the content type', () => {
    for (const contentType of [
      'text/plain',
      'text/plain;charset=UTF-8',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/jsonp',
      'application/json-patch+json',
      '',
      null,
      undefined,
    ]) {
      const error = validationOf(() => parseJsonBody('{"a":1}', { contentType }));
      expect(error.fields, String(contentType)).toHaveProperty(['content-type']);
    }
  });

  it('should read an empty body as undefined whatever its content type', () => {
    expect(parseJsonBody('', { contentType: 'text/plain' })).toBeUndefined();
    expect(parseJsonBody('  ', { contentType: null })).toBeUndefined();
  });

  it('should answer the refusal with 415 and a validation body', () => {
    const error = validationOf(() => parseJsonBody('{}', { contentType: 'text/plain' }));
    const response = errorResponseFor(error);
    expect(response.status).toBe(415);
    expect(response.body.error).toMatchObject({
      code: 'validation',
      message: 'Send the request body as application/json, not "text/plain".',
    });
  });
});

describe('given a JSON body as text', () => {
  it('should parse JSON and read an empty body as undefined', () => {
    expect(parseJsonBody('{"a":1}')).toEqual({ a: 1 });
    expect(parseJsonBody('  ')).toBeUndefined();
  });

  it('should refuse text that is not JSON as validation on body', () => {
    const error = validationOf(() => parseJsonBody('{"a":'));
    expect(error.fields).toEqual({ body: 'The request body is not valid JSON.' });
  });
});
