import { expectAccessibleEverywhere } from './support/a11y.ts';
import { DEMO_PASSWORD, expect, signIn, signInTo, test, type Page } from './support/fixtures.ts';
import { assignOnceFromCaseload, inviteAndJoin, type NewClient } from './support/measures.ts';

/**
 * Measurement-based care end to end: a therapist assigns the PHQ-9, the client
 * answers it on a phone with item 9 answered 2 and sees the crisis screen
 * first, the caseload puts that client first, and the client page charts the
 * score with a table of the same numbers. Every new page passes axe-core.
 */
test.describe.configure({ mode: 'serial', timeout: 300_000 });

const kim: NewClient = {
  name: 'Kim Client',
  email: 'kim.client@clinic.test',
  password: 'kim client password 1',
};

/** PHQ-9 answers by item (total 11, moderate); item 9 is answered "More than half the days" (2). */
const answers = [
  'Several days',
  'Several days',
  'More than half the days',
  'Several days',
  'Several days',
  'Several days',
  'More than half the days',
  'Not at all',
  'More than half the days',
];

async function answerOneAtATime(client: Page): Promise<void> {
  // By keyboard: arrow keys choose within the group, Enter goes on to the next question.
  await expect(client.getByText('Question 1 of 10')).toBeVisible();
  await client.getByRole('radio', { name: 'Not at all', exact: true }).focus();
  await client.keyboard.press('ArrowDown');
  await expect(client.getByRole('radio', { name: answers[0], exact: true })).toBeChecked();
  await client.keyboard.press('Enter');
  await expect(client.getByRole('group', { name: /depressed/ })).toBeFocused();
  await client.getByRole('button', { name: 'Back' }).click();
  await expect(client.getByRole('radio', { name: answers[0], exact: true })).toBeChecked();
  for (const [index, answer] of answers.entries()) {
    await expect(client.getByText(`Question ${index + 1} of 10`)).toBeVisible();
    await client.getByRole('radio', { name: answer, exact: true }).check();
    await client.getByRole('button', { name: 'Next' }).click();
    // Focus moves to the next question, so a screen reader reads it at once.
    await expect(client.getByRole('group').last()).toBeFocused();
  }
  await expect(client.getByText('Question 10 of 10')).toBeVisible();
  await client.getByRole('radio', { name: 'Somewhat difficult' }).check();
}

test('a therapist assigns the PHQ-9 and the client answers it on a phone', async ({
  page,
  tandem,
  openContext,
}) => {
  await signInTo(page, 'therapist@demo.tandem.test', /\/therapist$/);
  const client = await (await openContext({ viewport: { width: 390, height: 844 } })).newPage();
  await inviteAndJoin(page, client, tandem, kim);
  await page.reload();
  await assignOnceFromCaseload(page, kim.name, 'phq-9');
  await expect(
    page.getByRole('table', { name: 'Assigned measures' }).getByRole('row', { name: /PHQ-9/ }),
  ).toContainText('Active');
  await expectAccessibleEverywhere(page);

  // The client's "To do" lists it; the form keeps what they answer as they go.
  await client.reload();
  await expect(client.getByRole('heading', { name: 'To do' })).toBeVisible();
  await expectAccessibleEverywhere(client);
  await client.getByRole('link', { name: 'Start Patient Health Questionnaire-9' }).click();
  await expect(client.getByRole('heading', { level: 1 })).toHaveText(
    'Patient Health Questionnaire-9',
  );
  await expect(client.getByText('Over the last 2 weeks')).toBeVisible();
  await expectAccessibleEverywhere(client);
  await answerOneAtATime(client);
  await expect(client.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await expectAccessibleEverywhere(client);

  // The first try gets no answer: nothing claims it was submitted, and the retry reuses the id.
  const sent: { id: string }[] = [];
  client.on('request', (request) => {
    if (request.url().endsWith('/api/me/measures/responses')) {
      sent.push(request.postDataJSON() as { id: string });
    }
  });
  await client.route('**/api/me/measures/responses', (route) =>
    route.abort('internetdisconnected'),
  );
  await client.getByRole('button', { name: 'Submit' }).click();
  await expect(client.getByRole('alert')).toHaveText(/Not sent yet — try again/);
  await expect(client.getByRole('heading', { name: 'Submitted' })).toHaveCount(0);
  await client.unroute('**/api/me/measures/responses');
  await client.getByRole('button', { name: 'Submit' }).click();

  // Crisis help comes first, with one-tap call and text buttons and the plain words.
  const crisisHeading = client.getByRole('heading', { name: 'Help is here if you need it' });
  await expect(crisisHeading).toBeFocused();
  expect(sent.map((body) => body.id)).toHaveLength(2);
  expect(sent[1]?.id).toBe(sent[0]?.id);
  await expect(client.getByText('not watched in real time').first()).toBeVisible();
  const call = client
    .locator('main')
    .getByRole('link', { name: /^Call / })
    .first();
  await expect(call).toHaveAttribute('href', /^tel:\+?\d+$/);
  await expect(client.getByRole('heading', { name: 'Submitted' })).toHaveCount(0);
  await expectAccessibleEverywhere(client);
  await client.getByRole('button', { name: 'Continue' }).click();
  await expect(client.getByRole('heading', { name: 'Submitted' })).toBeFocused();
  await expect(client.getByText(/Your score was 11 out of 27/)).toBeVisible();
  await expectAccessibleEverywhere(client);

  // Their own progress: a chart with a name, and the same numbers in a table.
  await client.getByRole('link', { name: 'See your progress over time' }).click();
  await expect(client.getByRole('heading', { level: 1, name: 'My progress' })).toBeFocused();
  await expect(
    client.getByRole('img', { name: /PHQ-9 scores over time: 1 response/ }),
  ).toBeVisible();
  await expect(client.getByRole('table', { name: /PHQ-9 scores/ })).toContainText('11 of 27');
  await expectAccessibleEverywhere(client);
  // The answered measure has left the to-do list.
  await client.getByRole('link', { name: 'Home' }).click();
  await expect(client.getByRole('link', { name: /Patient Health Questionnaire-9/ })).toHaveCount(0);
});

test('the caseload puts the client with the new alert first, with the reason', async ({ page }) => {
  await signInTo(page, 'therapist@demo.tandem.test', /\/therapist$/);
  const rows = page.getByRole('table', { name: 'Active clients' }).getByRole('row');
  await expect(page.getByRole('rowheader', { name: kim.name })).toBeVisible();
  const names = await rows.locator('th[scope="row"]').allTextContents();
  const reasons = await rows.locator('td[data-label="Needs attention"]').allTextContents();
  const kimIndex = names.indexOf(kim.name);
  expect(reasons[kimIndex]).toContain('Open alert');
  // Everyone above Kim has an open alert too; nobody without one comes before.
  expect(reasons.slice(0, kimIndex).every((text) => text.includes('alert'))).toBe(true);
  await expect(page.getByRole('row', { name: new RegExp(kim.name) })).toContainText(
    'PHQ-9 11, Moderate',
  );
  await expectAccessibleEverywhere(page);

  // The search text goes in the request body, never in the URL.
  const searches: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/caseload')) searches.push(request.url());
  });
  await page.getByRole('searchbox', { name: 'Search by name or email' }).fill('Kim');
  await expect(page.getByRole('rowheader')).toHaveCount(1);
  expect(searches.every((url) => !url.includes('Kim'))).toBe(true);
  await page.getByRole('searchbox', { name: 'Search by name or email' }).fill('');
  await page.getByLabel('Needs attention').selectOption('alerts');
  await expect(page.getByRole('rowheader', { name: kim.name })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Alex Client (demo)' })).toHaveCount(0);
});

test('the client page charts the scores with a table of the same numbers', async ({ page }) => {
  await signInTo(page, 'therapist@demo.tandem.test', /\/therapist$/);
  await page.getByRole('link', { name: kim.name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: kim.name })).toBeFocused();
  const chart = page.getByRole('img', { name: /PHQ-9 scores over time/ });
  await expect(chart).toBeVisible();
  await expect(chart.locator('canvas').first()).toBeVisible();
  const table = page.getByRole('table', { name: 'PHQ-9 scores' });
  await expect(table).toContainText('11 of 27');
  await expect(table).toContainText('Moderate');
  await expect(table).toContainText('Risk question answered: item 9');
  // Item level: each item over time.
  await expect(page.getByRole('table', { name: 'PHQ-9: each item over time' })).toContainText(
    'Thoughts that you would be better off dead',
  );
  await expectAccessibleEverywhere(page);

  // Pause, resume and stop, each asked first.
  const assignment = page
    .getByRole('table', { name: 'Assigned measures' })
    .getByRole('row', { name: /PHQ-9/ });
  await assignment.getByRole('button', { name: 'Pause PHQ-9' }).click();
  const pause = page.getByRole('dialog', { name: 'Pause PHQ-9?' });
  await expectAccessibleEverywhere(page);
  await pause.getByRole('button', { name: 'Pause' }).click();
  await expect(pause).toBeHidden();
  // The page has other live regions (the plans'); this one says what the pause did.
  await expect(
    page.locator('.notice[role="status"]').filter({ hasText: 'PHQ-9 is paused.' }),
  ).toHaveText('PHQ-9 is paused.');
  await expect(assignment).toContainText('Paused');
  await assignment.getByRole('button', { name: 'Resume PHQ-9' }).click();
  await page
    .getByRole('dialog', { name: 'Resume PHQ-9?' })
    .getByRole('button', { name: 'Resume' })
    .click();
  await expect(assignment).toContainText('Active');
  await assignment.getByRole('button', { name: 'Stop PHQ-9' }).click();
  await page
    .getByRole('dialog', { name: 'Stop PHQ-9?' })
    .getByRole('button', { name: 'Stop' })
    .click();
  await expect(assignment).toContainText('Stopped');
  await expect(assignment.getByRole('button')).toHaveCount(0);

  // A demo client with months of history: the chart has its key and its table.
  await page.getByRole('link', { name: 'Back to your clients' }).click();
  await page.getByRole('link', { name: 'Alex Client (demo)', exact: true }).click();
  await expect(
    page.getByRole('img', { name: /PHQ-9 scores over time: \d+ responses/ }),
  ).toBeVisible();
  await expect(page.getByRole('list', { name: 'Chart key' }).first()).toContainText('Baseline');
  await expect(page.getByRole('heading', { name: /NHS Talking Therapies outcome/ })).toBeVisible();
  await expectAccessibleEverywhere(page);
});

test('the starter set goes to several clients at once from the caseload', async ({ page }) => {
  await signInTo(page, 'therapist@demo.tandem.test', /\/therapist$/);
  await page.getByRole('button', { name: 'Assign starter set' }).click();
  const dialog = page.getByRole('dialog', { name: 'Assign the starter set (PHQ-9 and GAD-7)' });
  await dialog.getByRole('button', { name: 'Assign PHQ-9 and GAD-7' }).click();
  await expect(dialog.getByRole('checkbox').first()).toBeFocused();
  await expect(dialog.getByRole('group', { name: 'Clients' })).toContainText(
    'Choose at least one client.',
  );
  await expectAccessibleEverywhere(page);
  await dialog.getByRole('checkbox', { name: kim.name }).check();
  await dialog.getByRole('checkbox', { name: 'Jordan Client (demo)' }).check();
  await dialog.getByRole('radio', { name: 'Every few days' }).check();
  await dialog.getByLabel('Every how many days').fill('14');
  await dialog.getByRole('button', { name: 'Assign PHQ-9 and GAD-7' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.notice[role="status"]')).toHaveText(
    'PHQ-9 and GAD-7 are assigned to 2 clients.',
  );
  await page.getByRole('link', { name: kim.name, exact: true }).click();
  await expect(
    page.getByRole('table', { name: 'Assigned measures' }).getByRole('row', { name: /GAD-7/ }),
  ).toContainText('Every 14 days');
});

test('a supervisor reads the same client page without changing anything', async ({ page }) => {
  await signInTo(page, 'supervisor@demo.tandem.test', /\/supervisor$/);
  await page.getByRole('link', { name: kim.name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: kim.name })).toBeVisible();
  await expect(page.getByText('read-only')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Assign a measure' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^(Pause|Stop)/ })).toHaveCount(0);
  await expect(page.getByRole('img', { name: /PHQ-9 scores over time/ })).toBeVisible();
});

test('an admin sets the practice up without seeing any answers', async ({ page }) => {
  await signIn(page, 'admin@demo.tandem.test', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole('link', { name: 'Practice settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Practice settings' })).toBeFocused();
  await expect(page.getByLabel('Alert fallback contact')).toHaveValue(/.+/);
  await page.getByLabel('Escalate an alert nobody has acknowledged after').selectOption('120');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'The practice settings are saved.' }),
  ).toBeVisible();
  await expectAccessibleEverywhere(page);

  // "Not on track": the published default is in force until the practice changes it.
  await expect(
    page.getByRole('heading', { level: 2, name: 'When a client is “not on track”' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Save PHQ-9 rule' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Nothing changed: the PHQ-9 rule was already so.' }),
  ).toBeVisible();

  await page.getByRole('link', { name: 'Instruments' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Instruments' })).toBeFocused();
  await expect(page.getByRole('heading', { name: /^PHQ-9/ })).toBeVisible();
  await expect(page.locator('main')).not.toContainText(kim.name);
  await expectAccessibleEverywhere(page);
});
