export { buildRouteRequest, type RouteRequest } from './buildRouteRequest';
export {
  type DevPerson,
  DevPersonSchema,
  devRoutes,
  OutboxEmailSchema,
} from './devRoutes';
export { type ErrorResponse, errorResponseFor, successStatusOf } from './errorResponse';
export {
  createOpenApiDocument,
  type OpenApiDocument,
  type OpenApiOperation,
  type OpenApiOptions,
  type OpenApiResponse,
} from './openapi';
export {
  type JsonBodyOptions,
  parseJsonBody,
  parseRouteRequest,
  type RawQuery,
  type RawRouteRequest,
} from './parseRouteRequest';
export {
  codeForStatus,
  ERROR_STATUS,
  type ErrorBody,
  ErrorBodySchema,
  type HttpMethod,
  type RouteDefinition,
  type RouteName,
  routePath,
  routes,
} from './routes';
export type { RouteInput, RouteOutput } from './routeTypes';
