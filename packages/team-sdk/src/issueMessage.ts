import type { z } from 'zod/mini';

/*
 * zod mini ships no messages: a check without its own message says only
 * "Invalid input". Passing `PARSE_MESSAGES` to a parse gives those issues
 * plain English words without loading a whole zod locale, and without
 * changing the messages of the host application's own schemas.
 */

type Issue = z.core.$ZodRawIssue;

function bound(issue: Issue, words: [string, string]) {
  const limit = String(issue.minimum ?? issue.maximum);
  if (issue.origin === 'string') return `${words[0]} ${limit} characters.`;
  if (issue.origin === 'array' || issue.origin === 'set') {
    return `${words[0]} ${limit} items.`;
  }
  return `${words[1]} ${limit}.`;
}

/** English words for an issue whose schema carries no message of its own. */
export function issueMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `Expected ${issue.expected}.`;
    case 'too_small':
      return bound(issue, ['At least', issue.inclusive ? 'At least' : 'More than']);
    case 'too_big':
      return bound(issue, ['At most', issue.inclusive ? 'At most' : 'Less than']);
    case 'invalid_value':
      return `Expected one of: ${issue.values.map(String).join(', ')}.`;
    case 'invalid_format':
      return `Not a valid ${issue.format}.`;
    case 'unrecognized_keys':
      return `Unknown keys: ${issue.keys.join(', ')}.`;
    default:
      return 'Invalid value.';
  }
}

/** Parse options that word every issue a schema leaves without a message. */
export const PARSE_MESSAGES = { error: issueMessage } as const;
