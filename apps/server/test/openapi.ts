import { devRoutes, ErrorBodySchema } from '@fiko/team-sdk/contract';
import { createResponseValidator } from '@fiko/team-sdk/contract/validate';
import document from '@fiko/team-sdk/openapi.json' with { type: 'json' };

type ValidatorDocument = Parameters<typeof createResponseValidator>[0];

const validator = createResponseValidator(document as unknown as ValidatorDocument, {
  basePath: '',
});

const DEV_SCHEMAS = new Map<string, (typeof devRoutes)[keyof typeof devRoutes]>(
  Object.values(devRoutes).map((route) => [
    `${route.method.toUpperCase()} ${route.path}`,
    route,
  ]),
);

/** How many responses the tests of this file have checked against the contract. */
export const checkedResponses = { count: 0 };

/**
 * Throws unless an answer keeps the contract: the OpenAPI document for API
 * routes; the contract's development route schemas (which the document leaves
 * out) for the dev routes; the error body for paths no route serves.
 */
export function validateResponse(
  method: string,
  path: string,
  answer: { status: number; body: unknown },
): void {
  checkedResponses.count++;
  const pathname = new URL(path, 'http://base.invalid').pathname;
  const dev = DEV_SCHEMAS.get(`${method.toUpperCase()} ${pathname}`);
  if (dev) {
    validateDev(dev, answer);
    return;
  }

  const check = validator.validate({ method, path: pathname, ...answer });
  if (check.valid) return;
  if (!check.operationId && answer.status === 404) {
    ErrorBodySchema.parse(answer.body);
    return;
  }
  throw new Error(`The answer breaks the OpenAPI document:\n${check.errors.join('\n')}`);
}

function validateDev(
  route: (typeof devRoutes)[keyof typeof devRoutes],
  answer: { status: number; body: unknown },
): void {
  if (answer.status >= 400) {
    ErrorBodySchema.parse(answer.body);
    return;
  }
  if (route.response === null) {
    if (answer.body !== undefined) throw new Error(`${route.path} answered a body.`);
    return;
  }
  route.response.parse(answer.body);
}
