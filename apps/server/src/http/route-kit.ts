import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '@tandem/core';
import type { Actor } from './actor.ts';

/** A Fastify instance whose route schemas are Zod: they validate and type at the edge. */
export type Router = ReturnType<FastifyInstance['withTypeProvider']> & FastifyInstance;
export function router(app: FastifyInstance) {
  return app.withTypeProvider<ZodTypeProvider>();
}

/** The route's access rule already required a signed-in actor; this narrows the type. */
export function actorOf(request: { actor: Actor | null }): Actor {
  if (request.actor === null) throw new AppError('AUTHENTICATION_REQUIRED');
  return request.actor;
}

export const iso = (date: Date): string => date.toISOString();
export const isoOrNull = (date: Date | null): string | null => (date ? date.toISOString() : null);

export const errorBodySchema = z.object({
  code: z.string(),
  message: z.string(),
  path: z.string().optional(),
});

/** A stale save of a co-edited document: the error and the version that is current now. */
export function staleErrorSchema<T extends z.ZodType>(current: T) {
  return errorBodySchema.extend({ current });
}

export const emptyBody = z.strictObject({});
/**
 * An id in a path. Not checked to be a UUID here: a malformed id answers 404,
 * exactly as an id out of reach does. Lower-cased at the edge, so an id spelt
 * in capitals is the same id everywhere after (the audit log included).
 */
export const idParams = z.strictObject({
  id: z
    .string()
    .max(64)
    .transform((id) => id.toLowerCase()),
});

/** Standard error responses documented on every route. */
export const errorResponses = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
  429: errorBodySchema,
} as const;
