import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { AppError, errorCatalogue, isAppError, statusOf, type ErrorBody } from '@tandem/core';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

/**
 * The one place where errors become HTTP. Services throw AppError values;
 * schema failures become VALIDATION_FAILED / UNKNOWN_FIELD with the field
 * path; Fastify's own errors map to catalogue codes; anything else is logged
 * (without request bodies) and answered with a generic INTERNAL body that
 * carries no stack trace and no SQL.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error);
    if (appError.code === 'INTERNAL') {
      request.log.error(
        { err: { type: error.name, code: error.code, message: error.message, stack: error.stack } },
        'unhandled error',
      );
    }
    return sendAppError(reply, appError);
  });

  app.setNotFoundHandler((_request, reply) =>
    reply.status(404).send({ code: 'NOT_FOUND', message: errorCatalogue.NOT_FOUND.message }),
  );
}

/** Writes an AppError as the API's one error body, `{code, message, path?, current?}`. */
export function sendAppError(reply: FastifyReply, appError: AppError): FastifyReply {
  if (appError.retryAfterSeconds !== undefined) {
    void reply.header('retry-after', String(appError.retryAfterSeconds));
  }
  const body: ErrorBody = { code: appError.code, message: appError.message };
  if (appError.path !== undefined) body.path = appError.path;
  if (appError.current !== undefined) body.current = appError.current;
  return reply.status(statusOf(appError.code)).type('application/json').send(body);
}

/**
 * Errors the router raises before any route or hook runs (Fastify's
 * `frameworkErrors`): a URL that is not valid percent-encoding, chiefly.
 */
export function frameworkErrorHandler(
  error: FastifyError,
  _request: unknown,
  reply: FastifyReply,
): void {
  void sendAppError(
    reply,
    new AppError(error.code === 'FST_ERR_BAD_URL' ? 'MALFORMED_REQUEST' : 'INTERNAL'),
  );
}

/**
 * How long a client should wait after a 503: about the time the pool needs to
 * reconnect, or the embedded PostgreSQL to be restarted.
 */
const RETRY_AFTER_UNAVAILABLE_SECONDS = 5;

function unavailable(message?: string): AppError {
  return new AppError('SERVICE_UNAVAILABLE', {
    ...(message === undefined ? {} : { message }),
    retryAfterSeconds: RETRY_AFTER_UNAVAILABLE_SECONDS,
  });
}

function toAppError(error: FastifyError): AppError {
  if (isAppError(error)) {
    // Every 503 says when to come back, whoever raised it (the health check does).
    return error.code === 'SERVICE_UNAVAILABLE' && error.retryAfterSeconds === undefined
      ? unavailable(error.message)
      : error;
  }
  if (hasZodFastifySchemaValidationErrors(error)) return fromValidation(error);
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('UNSUPPORTED_MEDIA_TYPE');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('PAYLOAD_TOO_LARGE');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('MALFORMED_REQUEST');
    default:
      break;
  }
  if (error instanceof SyntaxError || (error.statusCode === 400 && !error.validation)) {
    return new AppError('MALFORMED_REQUEST');
  }
  if (isDatabaseUnavailable(error)) return unavailable();
  if (error.statusCode === 413) return new AppError('PAYLOAD_TOO_LARGE');
  if (error.statusCode === 415) return new AppError('UNSUPPORTED_MEDIA_TYPE');
  if (error.statusCode === 405) return new AppError('METHOD_NOT_ALLOWED');
  return new AppError('INTERNAL');
}

/** Connection-level database failures (server down, restarting, out of connections) are temporary. */
const unavailableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '08001',
  '08003',
  '08006',
]);
function isDatabaseUnavailable(error: FastifyError): boolean {
  return (
    unavailableCodes.has(String(error.code)) ||
    /driver has already been destroyed|Connection terminated|timeout exceeded when trying to connect|not queryable/i.test(
      error.message,
    )
  );
}

interface ValidationIssue {
  instancePath?: string;
  message?: string;
  keyword?: string;
  params?: { keys?: string[] } & Record<string, unknown>;
}

function fromValidation(error: FastifyError): AppError {
  const issues = (error.validation ?? []) as ValidationIssue[];
  const first = issues[0];
  const context = (error as FastifyError & { validationContext?: string }).validationContext;
  const base = (first?.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
  if (first?.keyword === 'unrecognized_keys') {
    const key = first.params?.keys?.[0] ?? '';
    const path = [base, key].filter((part) => part !== '').join('.');
    return new AppError('UNKNOWN_FIELD', {
      message: `The field "${path}" is not allowed here.`,
      path: prefix(context, path),
    });
  }
  const path = base;
  const message =
    first?.message && first.message !== '' ? first.message : 'This value is not valid.';
  return new AppError('VALIDATION_FAILED', {
    message: path === '' ? message : `${path}: ${message}`,
    ...(path === '' ? {} : { path: prefix(context, path) }),
  });
}

/** Body fields are named plainly ("email"); other parts say where they are ("params.id"). */
function prefix(context: string | undefined, path: string): string {
  if (context === undefined || context === 'body') return path;
  return `${context}.${path}`;
}
