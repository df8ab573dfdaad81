import crypto from 'node:crypto';
import { Hono, type MiddlewareHandler } from 'hono';
import { matchedRoutes, routePath } from 'hono/route';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { PoolStats } from './http.ts';
import type { AppEnv } from './http.ts';

/**
 * Prometheus metrics of one app node (each node answers for itself; Prometheus scrapes every
 * node): requests by route pattern, method and status; latency; database connections; the
 * public page cache's hits and misses; and prom-client's process metrics, event-loop lag included
 * (`nodejs_eventloop_lag_seconds`, `nodejs_eventloop_lag_p99_seconds`). Route patterns, not
 * paths, label the series (`/resources/:slug`), so their number stays bounded.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'route' | 'method' | 'status'>;
  private readonly duration: Histogram<'route' | 'method'>;
  private readonly cache: Counter<'result'>;

  constructor(dbPool?: () => PoolStats) {
    collectDefaultMetrics({ register: this.registry, eventLoopMonitoringPrecision: 20 });
    this.requests = new Counter({
      name: 'haven_http_requests_total', help: 'HTTP requests answered, by route pattern, method and status.',
      labelNames: ['route', 'method', 'status'], registers: [this.registry],
    });
    this.duration = new Histogram({
      name: 'haven_http_request_duration_seconds', help: 'Time to the response headers, by route pattern and method.',
      labelNames: ['route', 'method'], buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10], registers: [this.registry],
    });
    this.cache = new Counter({
      name: 'haven_page_cache_lookups_total', help: 'Public page cache lookups: result="hit" or "miss". Hit ratio = hit / (hit + miss).',
      labelNames: ['result'], registers: [this.registry],
    });
    if (dbPool) {
      new Gauge({
        name: 'haven_db_connections', help: 'Database connections of this node: state="total", "idle", "waiting" (requests queued for one), "max".',
        labelNames: ['state'], registers: [this.registry],
        collect() {
          const s = dbPool();
          for (const state of ['total', 'idle', 'waiting', 'max'] as const) this.set({ state }, s[state]);
        },
      });
    }
  }

  /** Middleware: counts and times every request under the route pattern that answered it. */
  observeRequests(): MiddlewareHandler<AppEnv> {
    return async (c, next) => {
      const end = this.duration.startTimer();
      await next();
      const route = routeLabel(c);
      end({ route, method: c.req.method });
      this.requests.inc({ route, method: c.req.method, status: String(c.res.status) });
    };
  }

  /** For the page cache: one lookup, found or not. */
  readonly observeCache = (hit: boolean): void => {
    this.cache.inc({ result: hit ? 'hit' : 'miss' });
  };

  /**
   * `GET /metrics` in the Prometheus text format, for a client presenting `Authorization: Bearer
   * <token>`; anyone else gets a 401 (compared in constant time).
   */
  route(token: string): Hono<AppEnv> {
    const app = new Hono<AppEnv>();
    const expected = crypto.createHash('sha256').update(token).digest();
    app.get('/metrics', async (c) => {
      const given = /^Bearer (\S+)$/.exec(c.req.header('authorization') ?? '')?.[1] ?? '';
      if (!crypto.timingSafeEqual(crypto.createHash('sha256').update(given).digest(), expected)) {
        return c.text('A bearer token is required.\n', 401, { 'WWW-Authenticate': 'Bearer realm="metrics"', 'Cache-Control': 'no-store' });
      }
      return c.text(await this.registry.metrics(), 200, { 'Content-Type': this.registry.contentType, 'Cache-Control': 'no-store' });
    });
    return app;
  }
}

/**
 * The route pattern a request belongs to: the handler that answered it, or, when a middleware
 * answered first (a page served from the cache, a refusal), the first route handler it would have
 * reached. `unmatched` when no route handles the path (a 404).
 */
function routeLabel(c: Parameters<MiddlewareHandler<AppEnv>>[0]): string {
  const isRoute = (r: { method: string; path: string } | undefined) => Boolean(r && r.method !== 'ALL' && r.path !== '*' && r.path !== '/*');
  const routes = matchedRoutes(c);
  if (isRoute(routes[c.req.routeIndex])) return routePath(c);
  return routes.find(isRoute)?.path ?? 'unmatched';
}
