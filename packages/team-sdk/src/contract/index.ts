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
