import Fastify, { type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifySwagger from '@fastify/swagger';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { Deps } from './deps.ts';
import { frameworkErrorHandler, registerErrorHandler } from './http/error-handler.ts';
import { closeConnectionsWhenClosing } from './http/graceful-close.ts';
import { loggerOptions } from './http/logger.ts';
import { requestContext } from './http/request-context.ts';
import { collectRouteTable } from './http/route-table.ts';
import { serveWebApp } from './http/static-web.ts';
import { alertRoutes } from './modules/alerts/alerts.routes.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { adminClientRoutes, clientRoutes } from './modules/clients/clients.routes.ts';
import { consentRoutes } from './modules/consent/consent.routes.ts';
import { crisisRoutes } from './modules/crisis/crisis.routes.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { instanceRoutes } from './modules/instance/instance.routes.ts';
import { invitationRoutes } from './modules/invitations/invitations.routes.ts';
import { notificationPreferenceRoutes } from './modules/notifications/notification-preferences.routes.ts';
import { practiceInstrumentRoutes } from './modules/practice-instruments/practice-instruments.routes.ts';
import { practiceSettingsRoutes } from './modules/practice-settings/practice-settings.routes.ts';
import { measuresRoutes } from './modules/measures/measures.routes.ts';
import { myMeasuresRoutes } from './modules/measures/my-measures.routes.ts';
import { checkInRoutes } from './modules/check-ins/check-ins.routes.ts';
import { journalRoutes } from './modules/journal/journal.routes.ts';
import { planRoutes } from './modules/plans/plans.routes.ts';
import { exposureRoutes } from './modules/exposure/exposure.routes.ts';
import { goalRoutes } from './modules/goals/goals.routes.ts';
import { valuesRoutes } from './modules/values/values.routes.ts';
import { groupsRoutes } from './modules/groups/groups.routes.ts';
import { timelineRoutes } from './modules/timeline/timeline.routes.ts';
import { skillRoutes } from './modules/skills/skills.routes.ts';
import { activationRoutes } from './modules/activation/activation.routes.ts';
import { homeworkRoutes } from './modules/homework/homework.routes.ts';
import { worksheetRoutes } from './modules/worksheets/worksheets.routes.ts';
import { insightRoutes } from './modules/insights/insights.routes.ts';
import { therapySessionRoutes } from './modules/therapy-sessions/therapy-sessions.routes.ts';
import { sessionReviewRoutes } from './modules/session-review/session-review.routes.ts';
import { staffRoutes } from './modules/staff/staff.routes.ts';
import { openApiInfo } from './http/openapi-info.ts';

export interface BuildOptions {
  /** Log requests (off in tests). */
  logger?: boolean;
  /** Serve the built web app when it exists. */
  serveWeb?: boolean;
}

/** Builds the whole app from its dependencies: the same wiring serves production and the HTTP tests. */
export async function buildApp(deps: Deps, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger === false ? false : loggerOptions(deps.config.logLevel),
    // A hop count is valid for Fastify's proxy-addr; its type only lists the other forms.
    trustProxy: deps.config.trustProxy as boolean | string,
    bodyLimit: 1_048_576,
    genReqId: () => globalThis.crypto.randomUUID(),
    routerOptions: { ignoreTrailingSlash: true },
    frameworkErrors: frameworkErrorHandler,
    // While closing, a request on a kept-alive connection is still answered in full
    // (with Connection: close, see graceful-close.ts), not with Fastify's own 503 body.
    return503OnClosing: false,
  });
  collectRouteTable(app);
  closeConnectionsWhenClosing(app);
  // The API speaks JSON only; anything else is UNSUPPORTED_MEDIA_TYPE.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    strictTransportSecurity: deps.config.secureCookies,
  });
  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: openApiInfo(deps.version),
    transform: jsonSchemaTransform,
  });
  await app.register(requestContext, { deps });
  // Closing drains HTTP first, then the work requests left running after their answer.
  app.addHook('onClose', () => deps.background.drain());

  app.get(
    '/api/openapi.json',
    { config: { access: { kind: 'public' } }, schema: { hide: true } },
    () => app.swagger(),
  );

  healthRoutes(app, deps);
  instanceRoutes(app, deps);
  authRoutes(app, deps);
  invitationRoutes(app, deps);
  consentRoutes(app, deps);
  clientRoutes(app, deps);
  adminClientRoutes(app, deps);
  staffRoutes(app, deps);
  crisisRoutes(app, deps);
  alertRoutes(app, deps);
  notificationPreferenceRoutes(app, deps);
  practiceSettingsRoutes(app, deps);
  practiceInstrumentRoutes(app, deps);
  measuresRoutes(app, deps);
  myMeasuresRoutes(app, deps);
  checkInRoutes(app, deps);
  journalRoutes(app, deps);
  planRoutes(app, deps);
  goalRoutes(app, deps);
  valuesRoutes(app, deps);
  groupsRoutes(app, deps);
  exposureRoutes(app, deps);
  timelineRoutes(app, deps);
  worksheetRoutes(app, deps);
  skillRoutes(app, deps);
  activationRoutes(app, deps);
  homeworkRoutes(app, deps);
  insightRoutes(app, deps);
  therapySessionRoutes(app, deps);
  sessionReviewRoutes(app, deps);

  if (options.serveWeb !== false) await serveWebApp(app, deps.config.webDist);
  await app.ready();
  return app;
}
