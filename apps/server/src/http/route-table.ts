import type { FastifyInstance, RouteOptions } from 'fastify';
import type { AccessRule } from './access-rule.ts';

export interface RouteEntry {
  method: string;
  url: string;
  access: AccessRule;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteEntry[];
  }
}

/** A route was registered without `config.access`: the app refuses to start. */
export class MissingAccessRuleError extends Error {
  override readonly name = 'MissingAccessRuleError';
}

/**
 * Deny by default, for every route wherever it is mounted (`/api`, a FHIR
 * facade, an export, the web app's files): a route that does not declare who
 * may call it stops the app from starting, so it can never be served by
 * mistake. Records every route with its rule, for the route-table and
 * role-matrix tests.
 */
export function collectRouteTable(app: FastifyInstance): void {
  const table: RouteEntry[] = [];
  app.decorate('routeTable', table);
  app.addHook('onRoute', (route: RouteOptions) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const access = route.config?.access;
    if (access === undefined) {
      throw new MissingAccessRuleError(
        `${methods.join(',')} ${route.url} declares no access rule (config.access): every route must say who may call it.`,
      );
    }
    for (const method of methods) {
      if (method === 'HEAD') continue;
      table.push({ method, url: route.url, access });
    }
  });
}
