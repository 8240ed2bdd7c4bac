import type { z } from 'zod/mini';
import { TeamError, type TeamErrorFields } from './errors';
import { PARSE_MESSAGES } from './issueMessage';

/** Field path → first message, from zod issues. `prefix` names a bare value. */
export function fieldsFromIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix?: string,
): TeamErrorFields {
  const fields: TeamErrorFields = {};
  for (const issue of issues) {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || 'value';
    fields[path] ??= issue.message;
  }
  return fields;
}

/**
 * Parses caller input, or throws a `validation` TeamError naming each field at
 * fault. Nothing reaches an adapter unless it passed here.
 */
export function parseInput<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
  name?: string,
): z.output<S> {
  const result = schema.safeParse(value, PARSE_MESSAGES);
  if (result.success) return result.data;

  const fields = fieldsFromIssues(result.error.issues, name);
  const first = Object.values(fields)[0];
  throw new TeamError('validation', first, { fields, cause: result.error });
}

/**
 * Checks what an adapter answered against the model, or throws an
 * `invalid_response` TeamError naming the first bad field. Any adapter, the
 * host's own included, can answer only data the components can show.
 */
export function parseAnswer<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
  method: string,
): z.output<S> {
  const result = schema.safeParse(value, PARSE_MESSAGES);
  if (result.success) return result.data;

  const fields = fieldsFromIssues(result.error.issues, 'answer');
  throw invalidAnswer('adapter', method, fields, result.error);
}

/**
 * The `invalid_response` error of an answer that does not fit, from an
 * adapter or from a server: `fields` names every bad path, the message the first.
 */
export function invalidAnswer(
  from: 'adapter' | 'server',
  method: string,
  fields: TeamErrorFields,
  cause?: unknown,
): TeamError {
  const [path, problem] = Object.entries(fields)[0] ?? ['answer', 'Invalid value.'];
  return new TeamError(
    'invalid_response',
    `The ${from}'s answer to ${method} is not valid at "${path}": ${problem}`,
    { fields, cause },
  );
}
