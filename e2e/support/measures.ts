import type { Page } from '@playwright/test';
import { expect, signIn, type TandemServer } from './fixtures.ts';

/** A new client of the demo therapist, invited and joined through the e-mailed link. */
export interface NewClient {
  name: string;
  email: string;
  password: string;
}

/** The therapist (signed in on `therapist`) invites the client, who joins on `client`. */
export async function inviteAndJoin(
  therapist: Page,
  client: Page,
  tandem: TandemServer,
  person: NewClient,
): Promise<void> {
  const mailsBefore = tandem.mails.length;
  await therapist.getByRole('button', { name: 'Invite a client' }).click();
  const dialog = therapist.getByRole('dialog', { name: 'Invite a client' });
  await dialog.getByLabel('Display name').fill(person.name);
  await dialog.getByLabel('Email').fill(person.email);
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await expect(therapist.getByRole('rowheader', { name: person.name })).toBeVisible();

  await client.goto(await tandem.linkFor(person.email, mailsBefore));
  await client.getByLabel('I’m new to Tandem').check();
  await client.getByLabel('New password', { exact: true }).fill(person.password);
  await client.getByLabel('Confirm new password').fill(person.password);
  await client.getByLabel('I have read and accept').check();
  await client.getByRole('button', { name: 'Set password and join' }).click();
  await expect(client).toHaveURL(/\/client$/);
}

/** From the therapist's caseload: opens the client's page and assigns a measure once, due today. */
export async function assignOnceFromCaseload(
  therapist: Page,
  clientName: string,
  /** The instrument id, e.g. 'phq-9'. */
  measureId: string,
): Promise<void> {
  await therapist.getByRole('link', { name: clientName, exact: true }).click();
  await expect(therapist.getByRole('heading', { level: 1, name: clientName })).toBeFocused();
  await therapist.getByRole('button', { name: 'Assign a measure' }).click();
  const dialog = therapist.getByRole('dialog', { name: `Assign a measure to ${clientName}` });
  await dialog.getByLabel('Measure').selectOption(measureId);
  await dialog.getByRole('radio', { name: 'Once' }).check();
  await dialog.getByRole('button', { name: 'Assign' }).click();
  await expect(dialog).toBeHidden();
  await expect(therapist.getByRole('status').filter({ hasText: 'is assigned' })).toBeVisible();
}

/** Signs the client in again (a fresh session on the same page). */
export async function signInClient(client: Page, person: NewClient): Promise<void> {
  await signIn(client, person.email, person.password);
  await expect(client).toHaveURL(/\/client$/);
}
