import { expectAccessibleEverywhere } from './support/a11y.ts';
import { expect, signInTo, test } from './support/fixtures.ts';

/**
 * A journal entry is private unless the client shares it: the therapist does
 * not see it; once the client switches it to shared, the therapist does, in
 * full (a long entry opens on request).
 */
test.describe.configure({ timeout: 180_000 });

test('a journal entry stays private until the client shares it', async ({ page, openContext }) => {
  const opening = `A long day, written at ${Date.now()}.`;
  const ending = `The last line ${Date.now()}.`;
  // Longer than the timeline's preview, so the therapist's page offers to show all of it.
  const words = `${opening} ${'I kept thinking about what was said, and then let it go. '.repeat(14)}${ending}`;

  await signInTo(page, 'alex@demo.tandem.test', /\/client$/);
  await page.getByRole('main').getByRole('link', { name: 'Journal', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();

  // Private by default: the share box starts unticked.
  const share = page.getByRole('checkbox', { name: 'Share this entry with my therapist' });
  await expect(share).not.toBeChecked();
  await expect(page.getByText('Only you will see it.')).toBeVisible();
  await page.getByLabel('Write').fill(words);
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  const entries = page.getByRole('region', { name: 'My entries' });
  // Newest first: the entry just written leads the list.
  const entry = entries.getByRole('listitem').first();
  await expect(entry).toContainText(opening);
  await expect(entry).toContainText('Who can see this: Only you');
  await expect(page.getByLabel('Write')).toHaveValue('');
  await expectAccessibleEverywhere(page);

  // The therapist's page shows nothing of it.
  const therapistContext = await openContext({ viewport: { width: 1280, height: 800 } });
  const therapist = await therapistContext.newPage();
  await signInTo(therapist, 'therapist@demo.tandem.test', /\/therapist$/);
  await therapist
    .getByRole('link', { name: /Alex Client/ })
    .first()
    .click();
  const sharedBy = therapist.getByRole('region', { name: /Shared by Alex Client/ });
  await expect(sharedBy.getByRole('heading', { level: 2 })).toBeVisible();
  await expect(
    sharedBy.getByText(/^(Last 7 days|Nothing shared|Since the session on )/),
  ).toBeVisible();
  await expect(therapist.getByText(opening, { exact: false })).toHaveCount(0);

  // Alex shares the same entry.
  await entry.getByRole('button', { name: /^Edit or change who sees it/ }).click();
  await entry.getByRole('checkbox', { name: 'Share this entry with my therapist' }).check();
  await expect(entry.getByText('You and your therapist will see it.')).toBeVisible();
  await entry.getByRole('button', { name: 'Save changes' }).click();
  await expect(entry).toContainText('Who can see this: You and your therapist');
  await expect(entries.getByRole('listitem').filter({ hasText: opening })).toHaveCount(1);

  // Now the therapist sees it: the start at once, the rest on request.
  await therapist.reload();
  const item = therapist
    .getByRole('region', { name: /Shared by Alex Client/ })
    .getByRole('listitem')
    .filter({ hasText: opening });
  await expect(item).toBeVisible();
  await expect(item).not.toContainText(ending);
  const showAll = item.getByRole('button', { name: 'Show all' });
  await expect(showAll).toHaveAttribute('aria-expanded', 'false');
  await showAll.click();
  await expect(item).toContainText(ending);
  await expect(item.getByRole('button', { name: 'Show less' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expectAccessibleEverywhere(therapist);
});
