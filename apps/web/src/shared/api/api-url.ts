type QueryValue = string | number | boolean | null | undefined;

/**
 * The URL of a call: `{name}` placeholders of the route filled in (encoded, so
 * an id can never add a path segment) and the query parameters appended.
 * Tandem sends no personal data in a query string: the server's schemas only
 * declare filters there, and searches travel in request bodies.
 *
 * @example apiUrl('/api/clients/{id}/archive', { id: 'a/b' }) // '/api/clients/a%2Fb/archive'
 * @example apiUrl('/api/clients', {}, { status: 'active' }) // '/api/clients?status=active'
 */
export function apiUrl(
  template: string,
  pathParams: Readonly<Record<string, string | number>> = {},
  query: Readonly<Record<string, QueryValue | readonly QueryValue[]>> = {},
): string {
  const path = template.replace(/\{([^}]+)\}/g, (_placeholder, name: string) => {
    const value = pathParams[name];
    if (value === undefined) throw new Error(`${template}: no value for {${name}}`);
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    const values: readonly QueryValue[] = Array.isArray(value) ? value : [value as QueryValue];
    for (const one of values)
      if (one !== undefined && one !== null) search.append(name, String(one));
  }
  const queryString = search.toString();
  return queryString === '' ? path : `${path}?${queryString}`;
}
