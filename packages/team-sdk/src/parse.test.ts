import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { TeamError } from './errors';
import { fieldsFromIssues, parseInput } from './parse';
import { GroupMembersInputSchema, IdSchema, InviteInputSchema } from './schemas';

function failureOf(run: () => unknown): TeamError {
  try {
    run();
  } catch (error) {
    if (error instanceof TeamError) return error;
    throw error;
  }
  throw new Error('expected parseInput to throw');
}

describe('given valid input', () => {
  it('should return the parsed, normalised value', () => {
    const parsed = parseInput(InviteInputSchema, { email: ' A@B.Example ', role: 'cs' });
    expect(parsed).toEqual({ email: 'a@b.example', role: 'cs' });
  });

  it('should drop keys the schema does not know', () => {
    const parsed = parseInput(InviteInputSchema, {
      email: 'a@b.example',
      role: 'cs',
      superAdmin: true,
    });
    expect(parsed).not.toHaveProperty('superAdmin');
  });
});

describe('given invalid input', () => {
  it('should throw a validation TeamError naming each field at fault', () => {
    const error = failureOf(() =>
      parseInput(InviteInputSchema, { email: 'nope', role: 'boss' }),
    );
    expect(error.code).toBe('validation');
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(['email', 'role']);
    expect(error.message).toBe(error.fields?.email);
    expect(error.cause).toBeInstanceOf(z.core.$ZodError);
  });

  it('should name a bare value after the name it is given', () => {
    const error = failureOf(() => parseInput(IdSchema, '../etc', 'memberId'));
    expect(Object.keys(error.fields ?? {})).toEqual(['memberId']);
  });

  it('should name a bare value "value" when given no name', () => {
    const error = failureOf(() => parseInput(IdSchema, 7));
    expect(Object.keys(error.fields ?? {})).toEqual(['value']);
  });

  it('should name list items by their dotted path', () => {
    const error = failureOf(() =>
      parseInput(GroupMembersInputSchema, { memberIds: ['mem_a', 'bad id'] }),
    );
    expect(error.fields).toHaveProperty(['memberIds.1']);
  });
});

describe('given several issues on one field', () => {
  it('should keep the first message of each field', () => {
    const issues = [
      { code: 'custom', path: ['name'], message: 'First.', input: '' },
      { code: 'custom', path: ['name'], message: 'Second.', input: '' },
      { code: 'custom', path: [], message: 'Root.', input: '' },
    ] as z.core.$ZodIssue[];
    expect(fieldsFromIssues(issues)).toEqual({ name: 'First.', value: 'Root.' });
    expect(fieldsFromIssues(issues, 'group')).toEqual({
      'group.name': 'First.',
      group: 'Root.',
    });
  });
});

describe('given a schema whose checks carry no message', () => {
  const schema = z.object({
    size: z.number().check(z.int(), z.minimum(1)),
    tags: z.array(z.string()).check(z.maxLength(2)),
    kind: z.enum(['a', 'b']),
  });

  it('should word each issue in English rather than a bare "Invalid input"', () => {
    const error = failureOf(() =>
      parseInput(schema, { size: 0, tags: ['x', 'y', 'z'], kind: 'c' }),
    );
    expect(error.fields).toEqual({
      size: 'At least 1.',
      tags: 'At most 2 items.',
      kind: 'Expected one of: a, b.',
    });
  });

  it('should name the type it expected', () => {
    const error = failureOf(() => parseInput(schema, []));
    expect(error.fields).toEqual({ value: 'Expected object.' });
  });
});
