import type { ClientAction, PracticeAction } from '../access/policy.ts';

/**
 * Every action the audit log records, in one list: a new use case adds its
 * action here, and a typo does not compile. A policy refusal is recorded
 * under the action that was refused.
 */
export type AuditAction =
  | PracticeAction
  | ClientAction
  // Sessions and passwords
  | 'auth.sign-in'
  | 'auth.sign-out'
  | 'auth.sign-out-everywhere'
  | 'auth.switch-practice'
  | 'auth.password.change'
  | 'auth.password.reset'
  /** The operator issued a reset link on the server (`tandem user reset-password`). */
  | 'auth.password.reset-issued'
  | 'auth.password.reset-requested'
  // Invitations
  | 'invitation.inspect'
  | 'invitation.accept'
  // Clients
  | 'caseload.read'
  | 'client.read'
  | 'client.invite'
  | 'client.archive'
  | 'client.restore'
  | 'client.invitation.resend'
  | 'client.careTeam.set'
  | 'clients.directory.read'
  | 'careTeam.read'
  // Staff and the practice
  | 'staff.list'
  | 'staff.create'
  | 'staff.deactivate'
  | 'staff.reactivate'
  | 'staff.supervision.set'
  | 'outbox.read'
  | 'outbox.dismiss'
  | 'consent.accept'
  | 'consent.update'
  | 'practice.create'
  | 'route.denied'
  // Alerts (raised, escalated and notified by Tandem itself: actor role 'system')
  | 'alert.raise'
  | 'alert.read'
  | 'alerts.list'
  | 'alert.acknowledge'
  | 'alert.resolve'
  | 'alert.escalate'
  | 'alert.notify'
  /** A caseload notice (not on track, overdue) made for the care team, and told at once. */
  | 'staff-notice.raise'
  | 'staff-notice.notify'
  /** A staff member read their caseload notices in the app. */
  | 'staff-notices.list'
  | 'alerts.responseTimes.read'
  // Practice settings and licences (no client data)
  | 'practice.settings.read'
  | 'practice.settings.update'
  /** The admin set or reset a measure's "not on track" rule. */
  | 'practice.notOnTrack.update'
  | 'instrument.licence.accept'
  /** A practice instrument (an imported Questionnaire) imported, or retired. */
  | 'instrument.practice.import'
  | 'instrument.practice.retire'
  | 'notifications.preferences.update'
  // Measures
  | 'measure.assign'
  | 'measure.assignment.change'
  | 'measure.assignments.read'
  | 'measure.results.read'
  | 'measure.response.read'
  | 'measure.todo.read'
  | 'measure.draft.save'
  | 'measure.submit'
  | 'measure.own-results.read'
  /** Tandem reminded a client that a measure is due (the scheduled job). */
  | 'measure.remind'
  // Between sessions: check-ins, journal, plans (what the client wrote; never its text in detail)
  | 'check-in.create'
  | 'check-ins.list'
  | 'check-in.visibility'
  | 'check-in.options.read'
  | 'journal.create'
  | 'journal.list'
  | 'journal.update'
  | 'plan.read'
  | 'plan.save'
  | 'plan.versions.read'
  | 'insights.read'
  | 'insight.share'
  | 'insight.visibility'
  // Worksheets and the skills practice log (never their words)
  | 'worksheet.create'
  | 'worksheets.list'
  | 'worksheet.read'
  | 'worksheet.visibility'
  | 'worksheet.later-answers'
  | 'skill-practice.create'
  | 'skill-practices.list'
  | 'skill-practice.visibility'
  | 'skills.summary.read'
  // Homework (never its words)
  | 'homework.assign'
  | 'homework.list'
  | 'homework.change'
  | 'homework.answer'
  // Goals and Goal Attainment Scaling (never their words)
  | 'goals.read'
  | 'goal.create'
  | 'goal.update'
  | 'goal.scale.save'
  | 'goal.rate'
  | 'values.read'
  | 'values.save'
  | 'values.visibility'
  | 'practice.gas-settings.update'
  // Exposure hierarchies and practices (never their words)
  | 'exposure-hierarchies.read'
  | 'exposure-hierarchy.create'
  | 'exposure-hierarchy.save'
  | 'exposure-practice.create'
  | 'exposure-practices.list'
  | 'exposure-practice.visibility'
  // Behavioural activation: the activity schedule (never its words)
  | 'activity.plan'
  | 'activities.list'
  | 'activity.rate'
  | 'activity.visibility'
  | 'activities.mood.read'
  /** A staff member read what the client shared (the timeline and its summary). */
  | 'client.timeline.read'
  /** The therapist recorded that a session was held. */
  | 'client.session.record'
  // The closed loop and session reviews (never their words)
  | 'session-review.read'
  | 'session-review.record'
  | 'goal.measures.save'
  // Couples and families (never what a member wrote)
  | 'groups.list'
  | 'group.read'
  | 'group.create'
  | 'group.change'
  | 'group.safety-check.request'
  | 'group.private-conversation.record'
  | 'group.homework.assign'
  | 'group.own.read'
  | 'group.own-goal.save'
  | 'group.safety-check.answer';
