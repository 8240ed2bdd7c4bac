import { describe, expect, it } from 'vitest';
import { createDemoTeam, createMemoryStore, DEMO_PEOPLE } from '../../memory';
import { createOpenApiDocument } from '../openapi';
import { createResponseValidator } from './responseValidator';

const validator = createResponseValidator(createOpenApiDocument());
const store = createMemoryStore(createDemoTeam());
const me = store.me(DEMO_PEOPLE.superAdmin);

describe('given a response that keeps the contract', () => {
  it('should accept it and name the operation it matched', () => {
    const result = validator.validate({
      method: 'GET',
      path: '/me',
      status: 200,
      body: me,
    });
    expect(result).toEqual({ valid: true, operationId: 'me', errors: [] });
  });

  it('should remove the base path of the document, from a path or a full URL', () => {
    const url = 'http://localhost:8787/api/v1/me';
    expect(
      validator.validate({ method: 'get', path: url, status: 200, body: me }).valid,
    ).toBe(true);
    const members = store.listMembers(DEMO_PEOPLE.superAdmin, {
      sort: 'name',
      order: 'asc',
      limit: 5,
    });
    const check = { method: 'GET', path: '/api/v1/members?limit=5', status: 200 };
    expect(validator.validate({ ...check, body: members }).operationId).toBe(
      'listMembers',
    );
  });

  it('should prefer a literal path to a parameter', () => {
    const preview = {
      teamName: 'T',
      email: 'a@b.co',
      role: 'cs',
      expiresAt: me.member.joinedAt,
    };
    const result = validator.validate({
      method: 'POST',
      path: '/invitations/preview',
      status: 200,
      body: preview,
    });
    expect(result.operationId).toBe('previewInvitation');
    expect(result.valid).toBe(true);
  });

  it('should accept an error body whose code travels with its status', () => {
    const body = { error: { code: 'no_seats', message: 'No seats are available.' } };
    const check = { method: 'POST', path: '/invitations', status: 409, body };
    expect(validator.validate(check).valid).toBe(true);
  });

  it('should accept 204 without a body', () => {
    const check = { method: 'DELETE', path: '/groups/grp_1', status: 204 };
    expect(validator.validate(check)).toMatchObject({
      valid: true,
      operationId: 'deleteGroup',
    });
  });
});

describe('given a response that breaks the contract', () => {
  it('should name a missing field', () => {
    const { email: _email, ...member } = me.member;
    const result = validator.validate({
      method: 'GET',
      path: '/me',
      status: 200,
      body: { ...me, member },
    });
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toContain(
      "body.member must have required property 'email'",
    );
  });

  it('should refuse a field the document does not have, such as a leaked token hash', () => {
    const invitation = {
      ...store.listInvitations(DEMO_PEOPLE.superAdmin)[0],
      tokenHash: 'x',
    };
    const check = { method: 'POST', path: '/invitations', status: 201, body: invitation };
    const result = validator.validate(check);
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toContain('must NOT have additional properties');
  });

  it('should refuse a wrong type and a malformed date', () => {
    const body = { ...me, member: { ...me.member, version: '2', joinedAt: 'yesterday' } };
    const errors = validator.validate({
      method: 'GET',
      path: '/me',
      status: 200,
      body,
    }).errors;
    expect(errors.join('\n')).toContain('body.member.version must be integer');
    expect(errors.join('\n')).toContain('body.member.joinedAt');
  });

  it('should refuse a status the operation never answers', () => {
    const result = validator.validate({
      method: 'GET',
      path: '/me',
      status: 418,
      body: {},
    });
    expect(result).toMatchObject({ valid: false, operationId: 'me' });
    expect(result.errors[0]).toContain('never answers 418');
  });

  it('should refuse an error code that does not travel with the status', () => {
    const body = { error: { code: 'forbidden', message: 'No.' } };
    const result = validator.validate({
      method: 'POST',
      path: '/invitations',
      status: 409,
      body,
    });
    expect(result.valid).toBe(false);
  });

  it('should refuse a path or a method the document does not have', () => {
    expect(
      validator.validate({ method: 'GET', path: '/nope', status: 200 }).errors[0],
    ).toBe('GET /nope is not in the document.');
    expect(validator.validate({ method: 'PATCH', path: '/me', status: 200 }).valid).toBe(
      false,
    );
  });

  it('should refuse a body on 204', () => {
    const check = {
      method: 'DELETE',
      path: '/groups/grp_1',
      status: 204,
      body: { ok: true },
    };
    expect(validator.validate(check).valid).toBe(false);
  });

  it('should throw with every mismatch from assertValid', () => {
    expect(() =>
      validator.assertValid({
        method: 'GET',
        path: '/seats',
        status: 200,
        body: { limit: -1 },
      }),
    ).toThrow(/does not match the OpenAPI document[\s\S]*body.limit/);
  });
});

describe('given a fetch Response', () => {
  it('should read it without consuming it', async () => {
    const request = new Request('http://localhost/api/v1/me');
    const response = Response.json(me);
    const result = await validator.validateFetch(request, response);
    expect(result.valid).toBe(true);
    expect(await response.json()).toEqual(me);
  });

  it('should refuse a body that is not JSON where JSON is due', async () => {
    const request = new Request('http://localhost/api/v1/me');
    const response = new Response('<html>oops</html>', { status: 200 });
    expect((await validator.validateFetch(request, response)).valid).toBe(false);
  });
});

describe('given the committed openapi.json', () => {
  it('should take the document as JSON.parse reads it', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../../../openapi.json', import.meta.url), 'utf8');
    const fromFile = createResponseValidator(JSON.parse(text) as object);
    const check = {
      method: 'GET',
      path: '/seats',
      status: 200,
      body: { limit: 1, used: 1, available: 0 },
    };
    expect(fromFile.validate(check).valid).toBe(true);
  });

  it('should refuse something that is not an OpenAPI document', () => {
    expect(() => createResponseValidator({ openapi: '3.1.0' })).toThrow(
      /paths and components/,
    );
  });
});
