import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../deps.ts';
import { rolesOnly } from '../../http/access-rule.ts';
import { actorOf, errorResponses, router } from '../../http/route-kit.ts';
import {
  groupChangeSchema,
  groupHomeworkSchema,
  groupListSchema,
  groupParams,
  groupViewSchema,
  myGroupsSchema,
  newGroupSchema,
  ownGoalSchema,
  privateConversationSchema,
  safetyCheckAnswerSchema,
  safetyCheckRequestSchema,
  safetyCheckSchema,
} from './groups.schemas.ts';
import {
  askSafetyCheck,
  assignGroupHomework,
  changeGroup,
  createGroup,
  listGroups,
  notePrivateConversation,
  readGroup,
} from './groups.service.ts';
import { answerSafetyCheck, myGroups, saveOwnGoal } from './my-groups.service.ts';

/**
 * Couples and families: the care team links clients for joint work and sees
 * the combined view; each member answers their own part alone and sees
 * nothing of the others'.
 */
export function groupsRoutes(app: FastifyInstance, deps: Deps): void {
  const r = router(app);
  const tags = ['couples and families'];
  const view = { 200: groupViewSchema, ...errorResponses };

  r.get('/api/client-groups', {
    config: { access: rolesOnly('therapist', 'supervisor') },
    schema: { tags, response: { 200: groupListSchema, ...errorResponses } },
    handler: async (request) => listGroups(deps, actorOf(request)),
  });

  r.post('/api/client-groups', {
    config: { access: rolesOnly('therapist') },
    schema: { tags, body: newGroupSchema, response: { 201: groupViewSchema, ...view } },
    handler: async (request, reply) => {
      const outcome = await createGroup(deps, actorOf(request), request.body);
      return reply.status(outcome.created ? 201 : 200).send(outcome.group);
    },
  });

  r.get('/api/client-groups/:groupId', {
    config: { access: rolesOnly('therapist', 'supervisor') },
    schema: { tags, params: groupParams, response: view },
    handler: async (request) => readGroup(deps, actorOf(request), request.params.groupId),
  });

  r.patch('/api/client-groups/:groupId', {
    config: { access: rolesOnly('therapist') },
    schema: { tags, params: groupParams, body: groupChangeSchema, response: view },
    handler: async (request) =>
      changeGroup(deps, actorOf(request), request.params.groupId, request.body),
  });

  r.post('/api/client-groups/:groupId/safety-checks', {
    config: { access: rolesOnly('therapist') },
    schema: { tags, params: groupParams, body: safetyCheckRequestSchema, response: view },
    handler: async (request) =>
      askSafetyCheck(deps, actorOf(request), request.params.groupId, request.body.memberIds),
  });

  r.post('/api/client-groups/:groupId/private-conversations', {
    config: { access: rolesOnly('therapist') },
    schema: { tags, params: groupParams, body: privateConversationSchema, response: view },
    handler: async (request) =>
      notePrivateConversation(
        deps,
        actorOf(request),
        request.params.groupId,
        request.body.clientId,
      ),
  });

  r.post('/api/client-groups/:groupId/homework', {
    config: { access: rolesOnly('therapist') },
    schema: { tags, params: groupParams, body: groupHomeworkSchema, response: view },
    handler: async (request) =>
      assignGroupHomework(deps, actorOf(request), request.params.groupId, request.body),
  });

  r.get('/api/me/groups', {
    config: { access: rolesOnly('client') },
    schema: { tags, response: { 200: myGroupsSchema, ...errorResponses } },
    handler: async (request) => myGroups(deps, actorOf(request)),
  });

  r.put('/api/me/groups/:groupId/own-goal', {
    config: { access: rolesOnly('client') },
    schema: {
      tags,
      params: groupParams,
      body: ownGoalSchema,
      response: { 200: myGroupsSchema, ...errorResponses },
    },
    handler: async (request) =>
      saveOwnGoal(deps, actorOf(request), request.params.groupId, request.body),
  });

  r.post('/api/me/groups/:groupId/safety-check', {
    config: { access: rolesOnly('client') },
    schema: {
      tags,
      params: groupParams,
      body: safetyCheckSchema,
      response: { 200: safetyCheckAnswerSchema, ...errorResponses },
    },
    handler: async (request) =>
      answerSafetyCheck(deps, actorOf(request), request.params.groupId, request.body),
  });
}
