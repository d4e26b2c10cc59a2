import { AppError, passwordSchema } from '@tandem/core';
import type { Deps } from '../../deps.ts';
import type { RequestOrigin } from '../../http/actor.ts';
import { appendAuditEvent, appendAuditEventNow } from '../audit/audit.repo.ts';
import { auditedAs } from '../audit/audited-by.ts';
import { hashPassword, verifyDecoy, verifyPassword } from '../auth/password.ts';
import { passwordContext, passwordProblem } from '../auth/password-policy.ts';
import { claimSignInAttempt, signInThrottleKeys } from '../auth/sign-in-throttle.ts';
import { rateLimitedError } from '../ratelimit/rate-limited.ts';
import { currentConsent, recordConsentAcceptance } from '../consent/consent.repo.ts';
import { deleteSession } from '../sessions/sessions.repo.ts';
import { startSession, type NewSession } from '../sessions/sessions.service.ts';
import { userView, type UserView } from '../users/user-view.ts';
import {
  activateMembership,
  findUserInPractice,
  lockAccountPassword,
  practiceName,
  recordSignIn,
  setAccountPassword,
  type UserRow,
} from '../users/users.repo.ts';
import { consumeToken, findValidToken } from './one-time-tokens.repo.ts';

export interface InvitationView {
  email: string;
  displayName: string;
  role: string;
  practiceName: string;
  consent: { version: number; text: string } | null;
}

/**
 * What the invitation page shows before the person sets a password. The token
 * is the only credential; the read of the person's name and address is audited
 * as theirs. It says nothing about whether the address already has a Tandem
 * password: in outbox mode the inviting practice's admin holds this link too,
 * and must not learn that the person uses Tandem elsewhere. The person says
 * which applies when they accept.
 */
export async function inspectInvitation(
  deps: Pick<Deps, 'db' | 'clock'>,
  input: { token: string; origin: RequestOrigin },
): Promise<InvitationView> {
  const now = deps.clock();
  const valid = await findValidToken(deps.db, input.token, 'invitation', now);
  const user = valid
    ? await findUserInPractice(deps.db, valid.practiceId, valid.userId)
    : undefined;
  if (!valid || !user || user.status === 'deactivated')
    throw new AppError('TOKEN_INVALID', { path: 'token' });
  const practice = await practiceName(deps.db, valid.practiceId);
  const consent =
    user.role === 'client' ? await currentConsent(deps.db, valid.practiceId) : undefined;
  await appendAuditEventNow(
    deps.db,
    {
      ...auditedAs(
        { practiceId: valid.practiceId, userId: user.id, role: user.role },
        input.origin,
      ),
      action: 'invitation.inspect',
      resourceType: 'user',
      resourceId: user.id,
      clientId: user.role === 'client' ? user.id : null,
      outcome: 'allowed',
    },
    now,
  );
  return {
    email: user.email,
    displayName: user.display_name,
    role: user.role,
    practiceName: practice.name,
    consent: consent ? { version: consent.version, text: consent.text } : null,
  };
}

export interface AcceptInvitationInput {
  token: string;
  /** What the person says: new to Tandem (choose a password) or already using it (enter it). */
  account: 'new' | 'existing';
  password: string;
  acceptConsentVersion?: number | undefined;
  origin: RequestOrigin;
}

/**
 * Sets the password (or, for an address that already has one, checks it),
 * records consent (clients must accept the current version), uses up the link
 * and signs the person in — all or nothing. The person says whether they are
 * new; the server decides by the account, so a wrong guess costs nothing but
 * a clear message. A session the browser already held (someone else's,
 * perhaps) ends.
 */
export async function acceptInvitation(
  deps: Pick<Deps, 'db' | 'clock' | 'config'>,
  input: AcceptInvitationInput,
): Promise<{ user: UserView; session: NewSession }> {
  const now = deps.clock();
  // A wrong link costs no argon2 hash: hashing first would let anyone spend the server's CPU.
  const first = await findValidToken(deps.db, input.token, 'invitation', now);
  const invited = first
    ? await findUserInPractice(deps.db, first.practiceId, first.userId)
    : undefined;
  if (!first || !invited) throw new AppError('TOKEN_INVALID', { path: 'token' });
  const passwordHash =
    invited.password_hash === null
      ? await passwordForNewAccount(deps, invited, input)
      : await confirmExistingPassword(deps, invited, input);
  const accepted = await deps.db.transaction().execute(async (trx) => {
    const valid = await findValidToken(trx, input.token, 'invitation', now, true);
    const user = valid ? await findUserInPractice(trx, valid.practiceId, valid.userId) : undefined;
    if (!valid || !user || user.status === 'deactivated')
      throw new AppError('TOKEN_INVALID', { path: 'token' });
    // The account got a password between the check above and now (another practice's link).
    if ((await lockAccountPassword(trx, user.account_id)) !== invited.password_hash)
      throw new AppError('VERSION_CONFLICT', {
        message: 'Your account changed meanwhile. Open the link again.',
        path: 'password',
      });
    if (user.role === 'client') {
      const consent = await currentConsent(trx, valid.practiceId);
      if (consent && input.acceptConsentVersion !== consent.version) {
        throw new AppError('CONSENT_REQUIRED', { path: 'acceptConsentVersion' });
      }
      if (consent) {
        await recordConsentAcceptance(trx, {
          practiceId: valid.practiceId,
          userId: user.id,
          version: consent.version,
          now,
        });
      }
    }
    await consumeToken(trx, valid.id, now);
    if (passwordHash !== null) await setAccountPassword(trx, user.account_id, passwordHash, now);
    await activateMembership(trx, valid.practiceId, user.id, now);
    if (input.origin.sessionId !== null) await deleteSession(trx, input.origin.sessionId);
    const member = { practiceId: valid.practiceId, userId: user.id };
    await recordSignIn(trx, member.practiceId, member.userId, now);
    const session = await startSession({ ...deps, db: trx }, member);
    await appendAuditEvent(
      trx,
      {
        ...auditedAs(
          { practiceId: valid.practiceId, userId: user.id, role: user.role },
          { sourceAddress: input.origin.sourceAddress, sessionId: session.sessionId },
        ),
        action: 'invitation.accept',
        resourceType: 'user',
        resourceId: user.id,
        clientId: user.role === 'client' ? user.id : null,
        outcome: 'allowed',
        detail:
          user.role === 'client' ? { consentVersion: input.acceptConsentVersion ?? null } : {},
      },
      now,
    );
    return { member, session };
  });
  return { user: await userView(deps.db, accepted.member), session: accepted.session };
}

/** One message for "no such password" whichever the reason, so it tells the link's holder no more than it must. */
const NOT_THIS_ACCOUNTS_PASSWORD =
  'This is not the password of a Tandem account for this address. If you are new to Tandem, choose “I’m new” and pick a password; if you forgot your password, reset it from the sign-in page.';

/**
 * The address has no password yet. Someone who chose "I already use Tandem"
 * gets the same refusal as for a wrong password, after the same work.
 */
async function passwordForNewAccount(
  deps: Pick<Deps, 'db'>,
  invited: UserRow,
  input: AcceptInvitationInput,
): Promise<string> {
  if (input.account === 'existing') {
    await verifyDecoy(input.password);
    throw new AppError('INVALID_CREDENTIALS', {
      message: NOT_THIS_ACCOUNTS_PASSWORD,
      path: 'password',
    });
  }
  const parsed = passwordSchema.safeParse(input.password);
  if (!parsed.success) {
    throw new AppError('VALIDATION_FAILED', {
      message: parsed.error.issues[0]?.message ?? 'Choose another password.',
      path: 'password',
    });
  }
  const problem = passwordProblem(parsed.data, await passwordContext(deps.db, invited));
  if (problem !== null)
    throw new AppError('VALIDATION_FAILED', { message: problem, path: 'password' });
  return hashPassword(parsed.data);
}

/**
 * The address already has a password (from another practice on this
 * installation): the invitation is accepted with it, slowed like sign-in
 * (the same counters): the link alone must not let anyone guess it. Answers
 * null: there is no new hash to store.
 */
async function confirmExistingPassword(
  deps: Pick<Deps, 'db' | 'clock'>,
  invited: UserRow,
  input: AcceptInvitationInput,
): Promise<null> {
  const now = deps.clock();
  const claim = await claimSignInAttempt(
    deps.db,
    signInThrottleKeys(invited.email, input.origin.sourceAddress),
    now,
  );
  if (!claim.allowed) throw rateLimitedError(claim.retryAt, now);
  if (!(await verifyPassword(invited.password_hash ?? '', input.password))) {
    await claim.settle('failure');
    throw new AppError('INVALID_CREDENTIALS', {
      message:
        input.account === 'new'
          ? 'This address already has a Tandem password. Choose “I already use Tandem” and enter it, or reset it from the sign-in page if you forgot it.'
          : NOT_THIS_ACCOUNTS_PASSWORD,
      path: 'password',
    });
  }
  await claim.settle('success');
  return null;
}
