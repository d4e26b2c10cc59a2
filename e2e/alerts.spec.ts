import { expectAccessibleEverywhere } from './support/a11y.ts';
import { expect, signInTo, test, type Page } from './support/fixtures.ts';
import { assignOnceFromCaseload, inviteAndJoin, type NewClient } from './support/measures.ts';

/**
 * The alerts inbox: a positive answer to PHQ-9 item 9 raises an alert that
 * shows the answer, when, its state and who else has it; the therapist
 * acknowledges it and resolves it with a note; the supervisor sees who acted
 * and how fast. The navigation counts new alerts.
 */
test.describe.configure({ mode: 'serial', timeout: 300_000 });

const lee: NewClient = {
  name: 'Lee Client',
  email: 'lee.client@clinic.test',
  password: 'lee client password 1',
};
const item9 = 'Thoughts that you would be better off dead or of hurting yourself in some way';

/** All questions on one page: "Not at all" everywhere, item 9 "Several days". */
async function answerAllAtOnce(client: Page): Promise<void> {
  await client.getByRole('radio', { name: 'All questions on one page' }).check();
  await expect(client.getByText('0 of 10 answered')).toBeVisible();
  const groups = client
    .getByRole('group')
    .filter({ has: client.getByRole('radio', { name: 'Not at all' }) });
  await expect(groups).toHaveCount(9);
  for (const group of await groups.all()) {
    await group.getByRole('radio', { name: 'Not at all' }).check();
  }
  await client
    .getByRole('group', { name: item9 })
    .getByRole('radio', { name: 'Several days' })
    .check();
  await expect(client.getByText('9 of 10 answered')).toBeVisible();
}

test('a positive risk answer raises an alert that the therapist acknowledges and resolves', async ({
  page,
  tandem,
  openContext,
}) => {
  await signInTo(page, 'therapist@demo.tandem.test', /\/therapist$/);
  const client = await (await openContext()).newPage();
  await inviteAndJoin(page, client, tandem, lee);
  await page.reload();
  await assignOnceFromCaseload(page, lee.name, 'phq-9');

  await client.reload();
  await client.getByRole('link', { name: 'Start Patient Health Questionnaire-9' }).click();
  // Progress is saved as the client goes: after a reload the answers are still there.
  const drafts: Array<Record<string, number>> = [];
  client.on('requestfinished', (request) => {
    if (request.method() === 'PUT' && request.url().endsWith('/draft')) {
      drafts.push((request.postDataJSON() as { answers: Record<string, number> }).answers);
    }
  });
  await answerAllAtOnce(client);
  await expect
    .poll(() => drafts.some((answers) => Object.keys(answers).length === 9 && answers['9'] === 1))
    .toBe(true);
  // The layout is remembered on this device.
  await client.reload();
  await expect(client.getByRole('radio', { name: 'All questions on one page' })).toBeChecked();
  await expect(
    client.getByRole('group', { name: item9 }).getByRole('radio', { name: 'Several days' }),
  ).toBeChecked();
  await client.getByRole('button', { name: 'Submit' }).click();
  await expect(client.getByRole('heading', { name: 'Help is here if you need it' })).toBeFocused();

  // The staff navigation counts alerts nobody has acknowledged yet.
  await page.goto('/therapist');
  const alertsLink = page.getByRole('link', { name: /^Alerts\W+\d+ new$/ });
  await expect(alertsLink).toBeVisible();
  await alertsLink.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Alerts' })).toBeFocused();
  const card = page.getByRole('article', { name: new RegExp(`^${lee.name}`) });
  await expect(card).toContainText(item9);
  await expect(card).toContainText('Several days (1)');
  await expect(card).toContainText('New');
  await expect(card).toContainText('Taylor Therapist (demo) (care team');
  await expectAccessibleEverywhere(page);

  await card.getByRole('button', { name: `Acknowledge the alert for ${lee.name}` }).click();
  await expect(page.locator('.notice[role="status"]')).toHaveText(
    `The alert for ${lee.name} is acknowledged.`,
  );
  await expect(card).toContainText('Acknowledged');
  await expect(
    card.getByRole('definition').filter({ hasText: /^Taylor Therapist \(demo\), / }),
  ).toBeVisible();

  await card.getByRole('button', { name: `Resolve the alert for ${lee.name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Resolve the alert for ${lee.name}` });
  await dialog.getByRole('button', { name: 'Resolve' }).click();
  const note = dialog.getByLabel('What was done');
  await expect(note).toBeFocused();
  await expect(note).toHaveAccessibleDescription(/Write what was done/);
  await expectAccessibleEverywhere(page);
  await note.fill(
    'Called Lee the same afternoon.\nSafety plan reviewed; session moved to Thursday.',
  );
  await dialog.getByRole('button', { name: 'Resolve' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.notice[role="status"]')).toHaveText(
    `The alert for ${lee.name} is resolved.`,
  );
  await expect(card).toHaveCount(0);

  await page.getByRole('radio', { name: 'Resolved' }).check();
  const resolved = page.getByRole('article', { name: new RegExp(`^${lee.name}`) });
  await expect(resolved).toContainText('Resolved');
  await expect(resolved).toContainText('Safety plan reviewed');
  await expect(resolved.getByRole('button')).toHaveCount(0);
  await expectAccessibleEverywhere(page);
});

test('the supervisor sees who acted on the alert, and the response times', async ({ page }) => {
  await signInTo(page, 'supervisor@demo.tandem.test', /\/supervisor$/);
  await page.getByRole('link', { name: /^Alerts/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Alerts' })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Response times' })).toBeVisible();
  await page.getByRole('radio', { name: 'Resolved' }).check();
  const resolved = page.getByRole('article', { name: new RegExp(`^${lee.name}`) });
  await expect(resolved).toContainText('Taylor Therapist (demo)');
  await expect(resolved).toContainText('Called Lee the same afternoon.');
  await expectAccessibleEverywhere(page);

  // Each staff member chooses how each kind of alert reaches them.
  const notOnTrack = page.getByRole('group', { name: 'A client not on track' });
  const chosen = (await notOnTrack.getByRole('radio', { name: 'At once' }).isChecked())
    ? 'Gathered in a summary every few hours'
    : 'At once';
  await notOnTrack.getByRole('radio', { name: chosen }).check();
  await page.getByRole('button', { name: 'Save how alerts reach me' }).click();
  await expect(page.locator('.notice[role="status"]')).toHaveText('Saved: how alerts reach you.');
  await page.reload();
  await expect(
    page.getByRole('group', { name: 'A client not on track' }).getByRole('radio', { name: chosen }),
  ).toBeChecked();
});
