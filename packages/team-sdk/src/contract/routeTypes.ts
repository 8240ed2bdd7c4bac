import type { z } from 'zod/mini';
import type { RouteName, routes } from './routes';

type Route<N extends RouteName> = (typeof routes)[N];

type OutputOf<S> = S extends z.ZodMiniType ? z.output<S> : unknown;

type PartOutput<N extends RouteName, K extends 'params' | 'query' | 'body'> =
  Route<N> extends Record<K, infer S> ? OutputOf<S> : unknown;

type Flatten<T> = { [K in keyof T]: T[K] };

/**
 * What a route hands to the backend once its request is parsed: path
 * parameters, query and body merged into the input of the adapter method of
 * the same name.
 */
export type RouteInput<N extends RouteName> = Flatten<
  PartOutput<N, 'params'> & PartOutput<N, 'query'> & PartOutput<N, 'body'>
>;

/** The success body of a route, as its response schema describes it; `undefined` for 204. */
export type RouteOutput<N extends RouteName> = Route<N>['response'] extends z.ZodMiniType
  ? z.output<Route<N>['response']>
  : undefined;
