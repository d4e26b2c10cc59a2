import { expectAccessibleEverywhere } from './support/a11y.ts';
import { expect, signInTo, test } from './support/fixtures.ts';

/**
 * The closed loop: the therapist sets homework for one of the client's goals,
 * the client does it and says how helpful it was, and the therapist opens the
 * session review: the goal's ratings, the homework and the scores of the
 * measures the goal should move sit on one time axis (a drawing and the same
 * as a table), and the therapist records what was decided.
 */
test.describe.configure({ mode: 'serial', timeout: 300_000 });

const task = 'Text one friend a hello';
const goal = 'Keep in touch with friends';
const decision = 'The texting helped: keep it, and add one call before next time.';

test('homework set for a goal, done, rated and reviewed with the measure', async ({
  page,
  openContext,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInTo(page, 'therapist@demo.tandem.test', /\/therapist$/);
  await page
    .getByRole('link', { name: /Jordan Client/ })
    .first()
    .click();
  const section = page.getByRole('region', { name: 'Homework' });
  await expect(section.getByRole('heading', { name: 'Set homework' })).toBeVisible();
  await section.getByLabel('What to do').selectOption({ label: 'Something else (in your words)' });
  await section.getByLabel('The task, in a few words').fill(task);
  await section.getByLabel('For which goal (optional)').selectOption({ label: goal });
  await section.getByRole('button', { name: 'Set homework' }).click();
  await expect(section.getByRole('status')).toHaveText(
    'Homework set. The client sees it in their To do.',
  );

  // The client does it, on a phone, and says how helpful it was.
  const client = await (await openContext({ viewport: { width: 390, height: 844 } })).newPage();
  await signInTo(client, 'jordan@demo.tandem.test', /\/client$/);
  const todo = client.getByRole('region', { name: 'To do' });
  const item = todo.getByRole('listitem').filter({ hasText: task });
  await item.getByRole('button', { name: `I did it – ${task}` }).click();
  await item.getByRole('radio', { name: 'Quite helpful' }).check();
  await item.getByRole('button', { name: 'Save' }).click();
  await expect(todo.getByRole('status')).toContainText(`Saved: ${task}.`);

  // The therapist opens the session review from the client's page.
  await page.reload();
  await page.getByRole('link', { name: 'Session review' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /^Session review: Jordan Client/ }),
  ).toBeVisible();
  await page.getByLabel('Show').selectOption({ label: 'The last 4 weeks' });
  const loop = page.getByRole('region', { name: /^The loop, from / });
  await expect(loop.getByRole('img', { name: /^Goal ratings, homework and scores/ })).toBeVisible();
  const table = loop.getByRole('table');
  await expect(
    table.getByRole('row').filter({ hasText: task }).filter({ hasText: 'Homework' }),
  ).toContainText('Done: quite helpful (4 of 5)');
  await expect(
    table.getByRole('row').filter({ hasText: 'Goal rating' }).filter({ hasText: goal }).first(),
  ).toBeVisible();
  await expect(
    table.getByRole('row').filter({ hasText: 'Score' }).filter({ hasText: 'GAD-7' }).first(),
  ).toBeVisible();

  // The goal names the homework set for it and the measures that should move.
  const links = page.getByRole('region', { name: 'Goals and what is linked to them' });
  const card = links.getByRole('article', { name: goal });
  await expect(card).toContainText(task);
  await expect(card).toContainText(/Measures that should move: .*GAD-7/);
  await expect(
    page.getByRole('region', { name: 'Homework in this window' }).getByRole('listitem').filter({
      hasText: task,
    }),
  ).toContainText(`For the goal: ${goal}`);
  await expectAccessibleEverywhere(page);

  // What was decided: saved, and listed with the earlier decision.
  const decided = page.getByRole('region', { name: 'What we decided' });
  await expect(decided.getByRole('listitem')).toHaveCount(1);
  await decided.getByLabel('What we decided').fill(decision);
  await decided.getByRole('button', { name: 'Save decision' }).click();
  await expect(decided.getByRole('status')).toContainText('Decision saved.');
  await expect(decided.getByRole('listitem').filter({ hasText: decision })).toBeVisible();
  await expect(decided.getByRole('listitem')).toHaveCount(2);
  await expectAccessibleEverywhere(page);
});
