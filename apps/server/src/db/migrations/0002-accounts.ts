import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Sign-in identities move out of `users` into `accounts`, and a `users` row
 * becomes a person's membership of one practice (role, status, consent).
 *
 * Why: with addresses unique in `users`, a therapist inviting an address that
 * already belonged to a client of another practice on the same installation
 * got EMAIL_IN_USE, and so learnt that this person has an account elsewhere:
 * for a therapy service, a disclosure. Now the address is unique among
 * accounts (an installation-level directory holding no practice data), a
 * membership is unique per practice (`practice_id` leads the key), and an
 * invitation to an address that has an account elsewhere looks, to the
 * inviter, exactly like any other invitation.
 *
 * Existing rows keep their ids: each user's account takes the user's id.
 */
export const accounts: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      create table accounts (
        id uuid primary key,
        -- Stored lower-cased; one sign-in identity per address in the installation.
        email text not null,
        password_hash text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      create unique index accounts_email_key on accounts (email);

      insert into accounts (id, email, password_hash, created_at, updated_at)
        select id, email, password_hash, created_at, updated_at from users;

      alter table users add column account_id uuid references accounts(id);
      update users set account_id = id;
      alter table users alter column account_id set not null;

      -- When the person first accepted this practice's invitation; a reactivated
      -- membership goes back to 'active' only if it was ever accepted.
      alter table users add column accepted_at timestamptz;
      update users set accepted_at = coalesce(consent_accepted_at, updated_at)
        where password_hash is not null;
      -- Sign-in opens the practice the person used last.
      alter table users add column last_sign_in_at timestamptz;

      alter table users drop column email;
      alter table users drop column password_hash;
      create unique index users_practice_account_key on users (practice_id, account_id);
      create index users_account_idx on users (account_id);
    `.execute(db);
  },
  down() {
    return Promise.reject(new Error('The accounts migration cannot be undone.'));
  },
};
