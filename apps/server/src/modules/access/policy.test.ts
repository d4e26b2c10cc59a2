import { describe, expect, it } from 'vitest';
import type { Role } from '@tandem/core';
import type { Actor } from '../../http/actor.ts';
import {
  entryVisibilityFor,
  mayDoInPractice,
  mayDoToClient,
  maySeeResults,
  type ClientFacts,
  type PracticeAction,
} from './policy.ts';

const practice = 'p-home';
const actor = (role: Role, userId: string, practiceId = practice): Actor => ({
  userId,
  practiceId,
  role,
  sessionId: 's',
  sourceAddress: '127.0.0.1',
  consentCurrent: true,
});
const facts: ClientFacts = {
  practiceId: practice,
  clientId: 'client-a',
  careTeam: ['therapist-a'],
  supervisors: ['supervisor-a'],
  alertFallbackStaffId: 'on-call-b',
};

describe('the policy, case by case (the brief’s who-sees-what table)', () => {
  it('lets the client, the care team, a supervisor of the care team and the admin read a client’s profile', () => {
    const allowed = [
      actor('client', 'client-a'),
      actor('therapist', 'therapist-a'),
      actor('supervisor', 'supervisor-a'),
      actor('admin', 'admin-1'),
    ];
    for (const who of allowed)
      expect(mayDoToClient(who, 'client.profile.read', facts), who.userId).toBe(true);
    const denied = [
      actor('client', 'client-b'),
      actor('therapist', 'therapist-b'),
      actor('supervisor', 'supervisor-b'),
    ];
    for (const who of denied)
      expect(mayDoToClient(who, 'client.profile.read', facts), who.userId).toBe(false);
  });

  it('lets the admin, and only the admin, change a care team', () => {
    expect(mayDoToClient(actor('admin', 'admin-1'), 'client.careTeam.assign', facts)).toBe(true);
    for (const who of [
      actor('client', 'client-a'),
      actor('therapist', 'therapist-a'),
      actor('supervisor', 'supervisor-a'),
    ]) {
      expect(mayDoToClient(who, 'client.careTeam.assign', facts), who.role).toBe(false);
    }
  });

  it('lets only the care team’s therapists manage a client', () => {
    expect(mayDoToClient(actor('therapist', 'therapist-a'), 'client.manage', facts)).toBe(true);
    for (const who of [
      actor('client', 'client-a'),
      actor('supervisor', 'supervisor-a'),
      actor('admin', 'admin-1'),
      actor('therapist', 'therapist-b'),
    ]) {
      expect(mayDoToClient(who, 'client.manage', facts), who.role).toBe(false);
    }
  });

  it('denies everything across practices, whoever asks and whatever the ids say', () => {
    for (const role of ['client', 'therapist', 'supervisor', 'admin'] as const) {
      const outsider = actor(role, role === 'client' ? 'client-a' : `${role}-a`, 'p-other');
      expect(mayDoToClient(outsider, 'client.profile.read', facts)).toBe(false);
      expect(mayDoToClient(outsider, 'client.manage', facts)).toBe(false);
    }
  });

  it('answers practice-level actions by role only', () => {
    const table: Record<PracticeAction, Role[]> = {
      'client.invite': ['therapist'],
      'caseload.read': ['therapist', 'supervisor'],
      'staff.manage': ['admin'],
      'outbox.manage': ['admin'],
      'consent.manage': ['admin'],
      'consent.respond': ['admin', 'therapist', 'supervisor', 'client'],
      'clients.directory': ['admin'],
      'instruments.read': ['admin', 'therapist', 'supervisor'],
      'instruments.licence': ['admin'],
      'instruments.import': ['admin'],
      'practice.settings': ['admin'],
      'practice.notOnTrack.read': ['admin', 'therapist', 'supervisor'],
      'alerts.inbox': ['therapist', 'supervisor'],
      'notifications.own': ['therapist', 'supervisor'],
      'measures.own': ['client'],
      'worksheets.read': ['admin', 'therapist', 'supervisor', 'client'],
    };
    for (const [action, roles] of Object.entries(table) as [PracticeAction, Role[]][]) {
      for (const role of ['admin', 'therapist', 'supervisor', 'client'] as const) {
        expect(mayDoInPractice(actor(role, 'u'), action), `${role} ${action}`).toBe(
          roles.includes(role),
        );
      }
    }
  });

  it('shows answers to the client, the care team and their supervisors, never to the admin', () => {
    const readers = [
      actor('client', 'client-a'),
      actor('therapist', 'therapist-a'),
      actor('supervisor', 'supervisor-a'),
    ];
    for (const who of readers)
      expect(mayDoToClient(who, 'client.measures.read', facts), who.userId).toBe(true);
    for (const who of [
      actor('admin', 'admin-1'),
      actor('client', 'client-b'),
      actor('therapist', 'therapist-b'),
      actor('supervisor', 'supervisor-b'),
    ])
      expect(mayDoToClient(who, 'client.measures.read', facts), who.userId).toBe(false);
  });

  it('lets only the care team’s therapist assign measures, and only the client answer them', () => {
    expect(mayDoToClient(actor('therapist', 'therapist-a'), 'client.measures.assign', facts)).toBe(
      true,
    );
    expect(
      mayDoToClient(actor('supervisor', 'supervisor-a'), 'client.measures.assign', facts),
    ).toBe(false);
    expect(mayDoToClient(actor('client', 'client-a'), 'client.measures.respond', facts)).toBe(true);
    expect(mayDoToClient(actor('therapist', 'therapist-a'), 'client.measures.respond', facts)).toBe(
      false,
    );
  });

  it('lets staff act on alerts: the care team, their supervisors and the fallback contact', () => {
    for (const who of [
      actor('therapist', 'therapist-a'),
      actor('supervisor', 'supervisor-a'),
      actor('supervisor', 'on-call-b'),
    ])
      expect(mayDoToClient(who, 'client.alerts.act', facts), who.userId).toBe(true);
    for (const who of [
      actor('client', 'client-a'),
      actor('admin', 'admin-1'),
      actor('therapist', 'therapist-b'),
      actor('admin', 'on-call-b'),
    ])
      expect(mayDoToClient(who, 'client.alerts.act', facts), who.userId).toBe(false);
  });

  it('hides results from the client when the therapist hid them, never from staff', () => {
    expect(maySeeResults(actor('client', 'client-a'), true)).toBe(false);
    expect(maySeeResults(actor('client', 'client-a'), false)).toBe(true);
    expect(maySeeResults(actor('therapist', 'therapist-a'), true)).toBe(true);
  });

  it('lets only the client write their entries; the care team and supervisors read only what was shared', () => {
    expect(mayDoToClient(actor('client', 'client-a'), 'client.entries.write', facts)).toBe(true);
    for (const who of [
      actor('client', 'client-b'),
      actor('therapist', 'therapist-a'),
      actor('supervisor', 'supervisor-a'),
      actor('admin', 'admin-1'),
    ])
      expect(mayDoToClient(who, 'client.entries.write', facts), who.userId).toBe(false);

    const readers = [
      actor('client', 'client-a'),
      actor('therapist', 'therapist-a'),
      actor('supervisor', 'supervisor-a'),
    ];
    for (const who of readers)
      expect(mayDoToClient(who, 'client.entries.read', facts), who.userId).toBe(true);
    for (const who of [
      actor('client', 'client-b'),
      actor('therapist', 'therapist-b'),
      actor('admin', 'admin-1'),
      // The alert fallback contact acts on alerts, not on what the client wrote.
      actor('supervisor', 'on-call-b'),
      actor('therapist', 'therapist-a', 'p-other'),
    ])
      expect(mayDoToClient(who, 'client.entries.read', facts), who.userId).toBe(false);

    expect(entryVisibilityFor(actor('client', 'client-a'), facts)).toBe('every-entry');
    expect(entryVisibilityFor(actor('therapist', 'therapist-a'), facts)).toBe('shared-only');
    expect(entryVisibilityFor(actor('supervisor', 'supervisor-a'), facts)).toBe('shared-only');
  });

  it('lets the client and their therapist edit the plans; supervisors read them; admins neither', () => {
    expect(mayDoToClient(actor('client', 'client-a'), 'client.plans.edit', facts)).toBe(true);
    expect(mayDoToClient(actor('therapist', 'therapist-a'), 'client.plans.edit', facts)).toBe(true);
    expect(mayDoToClient(actor('supervisor', 'supervisor-a'), 'client.plans.edit', facts)).toBe(
      false,
    );
    expect(mayDoToClient(actor('supervisor', 'supervisor-a'), 'client.plans.read', facts)).toBe(
      true,
    );
    for (const who of [
      actor('admin', 'admin-1'),
      actor('client', 'client-b'),
      actor('therapist', 'therapist-b'),
    ]) {
      expect(mayDoToClient(who, 'client.plans.read', facts), who.userId).toBe(false);
      expect(mayDoToClient(who, 'client.plans.edit', facts), who.userId).toBe(false);
    }
  });

  it('lets the client and their therapist write goals and ratings; supervisors read; admins neither', () => {
    for (const who of [actor('client', 'client-a'), actor('therapist', 'therapist-a')]) {
      expect(mayDoToClient(who, 'client.goals.edit', facts), who.userId).toBe(true);
      expect(mayDoToClient(who, 'client.goals.read', facts), who.userId).toBe(true);
    }
    const supervisor = actor('supervisor', 'supervisor-a');
    expect(mayDoToClient(supervisor, 'client.goals.read', facts)).toBe(true);
    expect(mayDoToClient(supervisor, 'client.goals.edit', facts)).toBe(false);
    for (const who of [
      actor('admin', 'admin-1'),
      actor('client', 'client-b'),
      actor('therapist', 'therapist-b'),
    ]) {
      expect(mayDoToClient(who, 'client.goals.read', facts), who.userId).toBe(false);
      expect(mayDoToClient(who, 'client.goals.edit', facts), who.userId).toBe(false);
    }
  });

  it('lets the client and their therapist edit exposure hierarchies; supervisors read; admins neither', () => {
    for (const who of [actor('client', 'client-a'), actor('therapist', 'therapist-a')]) {
      expect(mayDoToClient(who, 'client.exposure.edit', facts), who.userId).toBe(true);
      expect(mayDoToClient(who, 'client.exposure.read', facts), who.userId).toBe(true);
    }
    const supervisor = actor('supervisor', 'supervisor-a');
    expect(mayDoToClient(supervisor, 'client.exposure.read', facts)).toBe(true);
    expect(mayDoToClient(supervisor, 'client.exposure.edit', facts)).toBe(false);
    for (const who of [
      actor('admin', 'admin-1'),
      actor('client', 'client-b'),
      actor('therapist', 'therapist-b'),
    ]) {
      expect(mayDoToClient(who, 'client.exposure.read', facts), who.userId).toBe(false);
      expect(mayDoToClient(who, 'client.exposure.edit', facts), who.userId).toBe(false);
    }
  });
});
