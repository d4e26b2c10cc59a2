import { expectAccessibleEverywhere } from './support/a11y.ts';
import { expect, signInTo, test } from './support/fixtures.ts';

/**
 * Homework from any tool: the therapist sets a skill with a note and a due
 * date; the client finds it in To do, opens the skill and practises it, says
 * they did it and how helpful it was, linking the practice (shared by
 * default, as homework); the therapist sees it done with its rating, on the
 * client's page and in what happened since the last session.
 */
test.describe.configure({ mode: 'serial', timeout: 300_000 });

const note = 'Try riding the urge once this week, when one comes up.';

test('a therapist sets homework, the client does it and says how it went', async ({
  page,
  openContext,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInTo(page, 'therapist@demo.tandem.test', /\/therapist$/);
  await page
    .getByRole('link', { name: /Riley Client/ })
    .first()
    .click();
  const section = page.getByRole('region', { name: 'Homework' });
  await expect(section.getByRole('heading', { name: 'Set homework' })).toBeVisible();
  // The demo's homework is there, with how it went.
  await expect(section).toContainText('Done: somewhat helpful (3 of 5)');
  await expectAccessibleEverywhere(page);

  await section.getByLabel('What to do').selectOption({ label: 'A skill' });
  await section.getByLabel('Skill', { exact: true }).selectOption({ label: 'Riding the urge' });
  await expect(section.getByLabel('Due on')).not.toHaveValue('');
  await section.getByLabel('Note for the client (optional)').fill(note);
  await section.getByRole('button', { name: 'Set homework' }).click();
  await expect(section.getByRole('status')).toHaveText(
    'Homework set. The client sees it in their To do.',
  );
  const set = section.getByRole('listitem').filter({ hasText: note });
  await expect(set).toContainText('Waiting');
  await expectAccessibleEverywhere(page);

  // The client, on a phone.
  const client = await (await openContext({ viewport: { width: 390, height: 844 } })).newPage();
  await signInTo(client, 'riley@demo.tandem.test', /\/client$/);
  const todo = client.getByRole('region', { name: 'To do' });
  await expect(todo).toContainText('Your care team sees your homework');
  const item = todo.getByRole('listitem').filter({ hasText: note });
  await expect(item.getByRole('heading', { name: 'Riding the urge' })).toBeVisible();
  await expect(item).toContainText(/Homework · For /);
  await expect(item.getByRole('link', { name: 'Open Riding the urge' })).toHaveAttribute(
    'href',
    '/client/skills/urge-surfing',
  );
  await expectAccessibleEverywhere(client);

  // The client does it: opens the skill from To do and logs a practice of it.
  await item.getByRole('link', { name: 'Open Riding the urge' }).click();
  await expect(client.getByRole('heading', { level: 1, name: 'Riding the urge' })).toBeVisible();
  await client.getByLabel('Distress before (0–100)').fill('60');
  await client.getByLabel('Distress after (0–100)').fill('35');
  await client.getByRole('button', { name: 'Save practice' }).click();
  await expect(client.getByRole('status').filter({ hasText: 'Practice saved.' })).toBeVisible();
  await client.getByRole('link', { name: 'Home' }).click();

  await item.getByRole('button', { name: 'I did it – Riding the urge' }).click();
  // The practice just made is offered, and made as homework it is shared unless unticked.
  const made = item.getByRole('group', { name: 'Which one did you make for it?' });
  await expect(made.getByRole('radio', { name: /^Practice of / })).toBeChecked();
  await expect(item.getByRole('checkbox', { name: 'Share it with my care team' })).toBeChecked();
  await item.getByRole('button', { name: 'Save' }).click();
  await expect(item.getByText('Choose how helpful it was, then save.')).toBeVisible();
  await item.getByRole('radio', { name: 'Quite helpful' }).check();
  await item.getByLabel('Anything you noticed (optional)').fill('It passed sooner than I thought.');
  await expectAccessibleEverywhere(client);
  await item.getByRole('button', { name: 'Save' }).click();
  await expect(todo.getByRole('status')).toContainText('Saved: Riding the urge.');
  await expect(todo.getByRole('listitem').filter({ hasText: note })).toHaveCount(0);
  await expect(todo.getByRole('heading', { level: 2, name: 'To do' })).toBeFocused();
  await expectAccessibleEverywhere(client);

  // The therapist sees it done, with its rating, here and since the last session.
  await page.reload();
  const done = page
    .getByRole('region', { name: 'Homework' })
    .getByRole('listitem')
    .filter({ hasText: note });
  await expect(done).toContainText('Done: quite helpful (4 of 5)');
  await expect(done).toContainText('How it went: It passed sooner than I thought.');
  await expect(
    page.getByRole('heading', { level: 3, name: /^Homework: Riding the urge/ }),
  ).toBeVisible();
  // The practice made for it was shared with the homework: it is in the timeline too.
  await expect(
    page
      .getByRole('region', { name: /^Shared by / })
      .getByText(/Riding the urge, .*: distress 60 → 35/),
  ).toBeVisible();
  await expectAccessibleEverywhere(page);
});
