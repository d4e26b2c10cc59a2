import { expectAccessible, expectAccessibleEverywhere } from './support/a11y.ts';
import { expect, signInTo, test } from './support/fixtures.ts';

/**
 * Couple work: the therapist links two clients, asks each the private safety
 * check, and each answers alone on their own phone. One answer asks for a
 * talk alone: that member sees crisis help at once, the other sees nothing of
 * it, and the therapist's combined view says to talk privately first until
 * they record that they did. Then one exercise for both, one row each. The
 * group is ended at the end: the demo practice is shared with later files.
 */
test.describe.configure({ mode: 'serial', timeout: 300_000 });

const rileysGoal = 'To feel safe saying no at home';
const jordansGoal = 'To plan the week together without a fight';

test('a couple answers alone, and the therapist sees both side by side', async ({
  page,
  openContext,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInTo(page, 'therapist@demo.tandem.test', /\/therapist$/);
  await page.getByRole('link', { name: 'Couples & families' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Couples and families' })).toBeVisible();
  // The demo couple is ready for joint sessions.
  const demoCouple = page.getByRole('listitem').filter({ hasText: 'Alex and Jordan' });
  await expect(demoCouple).toContainText('Ready for joint sessions');
  await expectAccessible(page, 'couples and families');

  await page.getByLabel('A name for the group').fill('Riley and Jordan');
  await page.getByRole('checkbox', { name: 'Riley Client (demo)' }).check();
  await page.getByRole('checkbox', { name: 'Jordan Client (demo)' }).check();
  await page.getByRole('button', { name: 'Link them' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Riley and Jordan' })).toBeVisible();
  await expect(page.getByText('Ask each member the private safety check first')).toBeVisible();
  await page.getByRole('button', { name: 'Ask the private safety check' }).click();
  await expect(page.getByRole('status').first()).toContainText('Each sees it on their own Home');
  const groupUrl = page.url();
  await expectAccessibleEverywhere(page);

  // Riley answers alone on their phone: one "yes", and crisis help at once.
  const riley = await (await openContext({ viewport: { width: 390, height: 844 } })).newPage();
  await signInTo(riley, 'riley@demo.tandem.test', /\/client$/);
  await riley.getByRole('link', { name: 'Answer your therapist’s question' }).click();
  await expect(riley.getByRole('heading', { level: 1, name: 'Your couple work' })).toBeVisible();
  const question = riley.getByRole('region', { name: 'A private question from your therapist' });
  await expectAccessible(riley, 'the private question');
  for (const group of await question.getByRole('group').all()) {
    const afraid = (await group.textContent())?.includes('Are you afraid') ?? false;
    await group.getByRole('radio', { name: afraid ? 'Yes' : 'No', exact: true }).check();
  }
  await question.getByRole('button', { name: 'Send to my therapist' }).click();
  const after = riley.getByRole('region', { name: 'Thank you for telling us' });
  await expect(after).toContainText('talk with you alone');
  await expect(after.getByRole('link', { name: /^Call / }).first()).toBeVisible();
  await expectAccessible(riley, 'after a yes');
  await riley.getByLabel('What I hope will change').fill(rileysGoal);
  await riley.getByRole('button', { name: 'Save my goal' }).click();
  await expect(riley.getByRole('status')).toContainText('Only you and your therapist');

  // Jordan (also in the demo couple) sees their own part of each, nothing of Riley's.
  const jordan = await (await openContext({ viewport: { width: 390, height: 844 } })).newPage();
  await signInTo(jordan, 'jordan@demo.tandem.test', /\/client$/);
  await jordan.getByRole('link', { name: 'Answer your therapist’s question' }).click();
  await expect(jordan.getByRole('heading', { level: 1, name: 'Your work together' })).toBeVisible();
  await expect(jordan.getByText(rileysGoal)).toHaveCount(0);
  const waiting = jordan.getByRole('region', { name: 'A private question from your therapist' });
  for (const group of await waiting.getByRole('group').all()) {
    await group.getByRole('radio', { name: 'No', exact: true }).check();
  }
  await waiting.getByRole('button', { name: 'Send to my therapist' }).click();
  await expect(jordan.getByRole('heading', { name: /^Thank you\W+2 of 2$/ })).toBeFocused();
  const newWork = jordan.getByRole('region', { name: 'Your couple work, 2 of 2' });
  await newWork.getByLabel('What I hope will change').fill(jordansGoal);
  await newWork.getByLabel('Let the others in this work see my goal').check();
  await newWork.getByRole('button', { name: 'Save my goal' }).click();
  await expect(newWork.getByRole('status')).toContainText('Saved');
  await expect(jordan.getByText(rileysGoal)).toHaveCount(0);
  await expectAccessible(jordan, 'Jordan’s work together');

  // Jordan let Riley see their goal; Riley's stays theirs and the therapist's.
  await riley.reload();
  await expect(
    riley.getByRole('region', { name: 'What the others shared with you' }),
  ).toContainText(jordansGoal);

  // The therapist's combined view: both goals, and a talk alone with Riley first.
  await page.goto(groupUrl);
  await expect(page.getByText('Talk privately with a member first')).toBeVisible();
  const rileySection = page.getByRole('region', { name: 'Riley Client (demo)', exact: true });
  await expect(rileySection).toContainText(rileysGoal);
  await expect(rileySection).toContainText('Talk with Riley Client (demo) alone');
  await expect(
    page.getByRole('region', { name: 'Jordan Client (demo)', exact: true }),
  ).toContainText(jordansGoal);
  await expectAccessible(page, 'the combined view');
  await rileySection
    .getByRole('button', { name: 'I have talked with Riley Client (demo) alone' })
    .click();
  await expect(page.getByText('Ready for joint sessions')).toBeVisible();

  // One exercise for both: one row each.
  const homework = page.getByRole('region', { name: 'Homework for every member' });
  await homework.getByRole('button', { name: 'Set for every member' }).click();
  await expect(homework.getByRole('status')).toContainText('Set for every member');
  const rows = homework.getByRole('table').getByRole('row');
  await expect(rows.filter({ hasText: 'Riley Client (demo)' })).toContainText('Waiting');
  await expect(rows.filter({ hasText: 'Jordan Client (demo)' })).toContainText('Waiting');
  await expectAccessible(page, 'with homework');

  // Ended: it leaves the list (and the demo as it was).
  await page.getByRole('button', { name: 'End this group' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'End the group' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Couples and families' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Riley and Jordan' })).toHaveCount(0);
});
