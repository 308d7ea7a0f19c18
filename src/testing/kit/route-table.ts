/**
 * The routing idiom every simulator uses: a table of method + path pattern -> handler, looked up
 * before anything else runs (both providers' frameworks answer an unknown route before checking
 * the API key). What a miss looks like is the provider's: it supplies the 404 and 405 answers.
 * @module
 */
import type { SimRequest } from './http-harness';
import type { SimResponse } from './sim-response';

/** One line of a route table. `H` is the provider's handler type. */
export interface Route<H> {
  /** Upper-case HTTP method (`'GET'`). */
  method: string;
  /** Matched against the pathname; its capture groups become `params` (raw, not decoded). */
  path: RegExp;
  handler: H;
}

/** The provider's answers for requests no route takes. */
export interface RouteMisses {
  /** No route's path matches. */
  notFound: (request: SimRequest) => SimResponse;
  /** A route's path matches, but none with this method. */
  methodNotAllowed: (request: SimRequest) => SimResponse;
}

/** The route a request takes and its path parameters, or the answer for a miss. */
export type RouteResult<H> = { found: true; handler: H; params: string[] } | { found: false; response: SimResponse };

/**
 * The first route whose path and method match `request`. Order matters where patterns overlap:
 * put a fixed segment (`/event-types`) before the pattern that would take it as an id, or keep the
 * id pattern from matching it.
 */
export function findRoute<H>(routes: readonly Route<H>[], request: SimRequest, misses: RouteMisses): RouteResult<H> {
  let pathMatched = false;
  for (const route of routes) {
    const match = route.path.exec(request.path);
    if (!match) continue;
    pathMatched = true;
    if (route.method === request.method) return { found: true, handler: route.handler, params: match.slice(1).map((param) => param ?? '') };
  }
  return { found: false, response: pathMatched ? misses.methodNotAllowed(request) : misses.notFound(request) };
}
