import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import {
  A,
  careTeamReads,
  careTeamWrites,
  staffOnly,
  today,
  type Case,
  type World,
} from './role-matrix.roles.ts';

/** Client A alone among the clients: a member's own part of the couple. */
function memberA(status: number): Pick<Case, 'expect' | 'otherwise'> {
  return {
    expect: { anonymous: 401, clientA: status, clientB: 404, otherPracticeClient: 404 },
    otherwise: 403,
  };
}

const allNo = { hurt: 'no', afraid: 'no', controlled: 'no', 'unsafe-to-speak': 'no' };

/**
 * Couples and families (modules/groups): the care team of every member
 * manages and reads the group; each member answers only their own part.
 */
export function groupCases(): Record<string, Case> {
  const group = (w: World) => `/api/client-groups/${w.groups.groupId}`;
  return {
    'GET /api/client-groups': {
      method: 'GET',
      url: () => '/api/client-groups',
      ...staffOnly(200),
      check: (body, role, w) => {
        const ids = (body as { groups: { id: string }[] }).groups.map((g) => g.id);
        if (role === 'therapistOfA' || role === 'supervisorOfA') {
          expect(ids, role).toContain(w.groups.groupId);
        } else {
          expect(ids, role).not.toContain(w.groups.groupId);
        }
      },
    },
    'POST /api/client-groups': {
      method: 'POST',
      url: () => '/api/client-groups',
      body: (w) => ({
        id: randomUUID(),
        kind: 'couple',
        name: 'Another couple',
        memberIds: [A(w), w.groups.partnerId],
      }),
      ...careTeamWrites(201),
    },
    'GET /api/client-groups/:groupId': {
      method: 'GET',
      url: group,
      ...careTeamReads(200),
    },
    'PATCH /api/client-groups/:groupId': {
      method: 'PATCH',
      url: group,
      body: () => ({ name: 'A and their partner' }),
      ...careTeamWrites(200),
    },
    'POST /api/client-groups/:groupId/safety-checks': {
      method: 'POST',
      url: (w) => `${group(w)}/safety-checks`,
      body: (w) => ({ memberIds: [w.groups.partnerId] }),
      ...careTeamWrites(200),
    },
    'POST /api/client-groups/:groupId/private-conversations': {
      method: 'POST',
      url: (w) => `${group(w)}/private-conversations`,
      body: (w) => ({ clientId: A(w) }),
      ...careTeamWrites(200),
    },
    'POST /api/client-groups/:groupId/homework': {
      method: 'POST',
      url: (w) => `${group(w)}/homework`,
      body: () => ({ id: randomUUID(), tool: { kind: 'check-in' }, dueOn: today(), note: null }),
      ...careTeamWrites(200),
    },
    'GET /api/me/groups': {
      method: 'GET',
      url: () => '/api/me/groups',
      expect: { anonymous: 401, clientA: 200, clientB: 200, otherPracticeClient: 200 },
      otherwise: 403,
      check: (body, role, w) => {
        const ids = (body as { groups: { id: string }[] }).groups.map((g) => g.id);
        expect(ids.includes(w.groups.groupId), role).toBe(role === 'clientA');
        // Nothing about the other member, not even who they are.
        expect(JSON.stringify(body), role).not.toContain(w.groups.partnerId);
      },
    },
    'PUT /api/me/groups/:groupId/own-goal': {
      method: 'PUT',
      url: (w) => `/api/me/groups/${w.groups.groupId}/own-goal`,
      body: () => ({ id: randomUUID(), text: 'To argue less and listen more.' }),
      ...memberA(200),
    },
    'POST /api/me/groups/:groupId/safety-check': {
      method: 'POST',
      url: (w) => `/api/me/groups/${w.groups.groupId}/safety-check`,
      body: () => ({ id: randomUUID(), answers: allNo, note: null }),
      ...memberA(200),
    },
  };
}
