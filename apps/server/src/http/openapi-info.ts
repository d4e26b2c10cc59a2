/** The head of the generated OpenAPI document (apps/server/openapi.json, checked for drift). */
export function openApiInfo(version: string) {
  return {
    openapi: '3.0.3',
    info: {
      title: 'Tandem API',
      version,
      description:
        'The HTTP API of Tandem. Errors are {code, message, path?} with a stable code (docs/ERRORS.md). ' +
        'Writes need the x-csrf-token header from GET /api/session.',
    },
    servers: [],
  };
}
