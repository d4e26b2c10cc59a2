import { expectAccessible } from './support/a11y.ts';
import { expect, signInTo, test } from './support/fixtures.ts';
import { inviteAndJoin, type NewClient } from './support/measures.ts';

/**
 * A practice's own Questionnaire with every item type the renderer shows:
 * imported by the admin, assigned by the therapist, filled in by the client
 * by keyboard. A conditional group appears only when its condition holds, a
 * number out of range is said in words, and every state passes axe-core.
 */
test.describe.configure({ mode: 'serial', timeout: 300_000 });

const sam: NewClient = {
  name: 'Sam Mixed',
  email: 'sam.mixed@clinic.test',
  password: 'sam mixed password 1',
};

const sleepCheck = {
  resourceType: 'Questionnaire',
  url: 'https://example.org/Questionnaire/e2e-sleep-check',
  version: '1',
  title: 'Sleep check',
  status: 'active',
  item: [
    { linkId: 'intro', type: 'display', text: 'A few questions about last week.' },
    {
      linkId: 'mood',
      type: 'choice',
      text: 'How was your mood?',
      required: true,
      answerOption: [
        { valueCoding: { code: '0', display: 'Low' } },
        { valueCoding: { code: '1', display: 'OK' } },
      ],
    },
    {
      linkId: 'nights',
      type: 'group',
      text: 'Your nights',
      item: [
        {
          linkId: 'bad',
          type: 'integer',
          text: 'How many bad nights?',
          required: true,
          extension: [
            { url: 'http://hl7.org/fhir/StructureDefinition/minValue', valueInteger: 0 },
            { url: 'http://hl7.org/fhir/StructureDefinition/maxValue', valueInteger: 7 },
          ],
        },
        {
          linkId: 'worst',
          type: 'group',
          text: 'The worst night',
          enableWhen: [{ question: 'bad', operator: '>', answerInteger: 0 }],
          item: [
            { linkId: 'hours', type: 'decimal', text: 'Hours slept' },
            { linkId: 'what', type: 'text', text: 'What kept you awake?', maxLength: 200 },
          ],
        },
      ],
    },
    { linkId: 'nap', type: 'boolean', text: 'Did you nap?' },
    { linkId: 'where', type: 'string', text: 'Where did you nap?' },
  ],
};

test('a client fills a mixed-type practice questionnaire by keyboard', async ({
  page,
  tandem,
  openContext,
}) => {
  await signInTo(page, 'admin@demo.tandem.test', /\/admin$/);
  await page.getByRole('link', { name: 'Instruments' }).click();
  await page.getByLabel('Questionnaire (JSON)').fill(JSON.stringify(sleepCheck));
  await page.getByRole('button', { name: 'Check what Tandem will do' }).click();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Sleep check is imported; therapists can assign it.')).toBeVisible();

  const therapist = await (await openContext()).newPage();
  await signInTo(therapist, 'therapist@demo.tandem.test', /\/therapist$/);
  const client = await (await openContext({ viewport: { width: 390, height: 844 } })).newPage();
  await inviteAndJoin(therapist, client, tandem, sam);
  await therapist.reload();
  await therapist.getByRole('link', { name: sam.name, exact: true }).click();
  await therapist.getByRole('button', { name: 'Assign a measure' }).click();
  const dialog = therapist.getByRole('dialog', { name: `Assign a measure to ${sam.name}` });
  const measure = dialog.getByLabel('Measure');
  const value = await measure.locator('option', { hasText: 'Sleep check' }).getAttribute('value');
  await measure.selectOption(value ?? '');
  await dialog.getByRole('radio', { name: 'Once' }).check();
  await dialog.getByRole('button', { name: 'Assign' }).click();
  await expect(dialog).toBeHidden();

  await client.reload();
  await client.getByRole('link', { name: /Sleep check/ }).click();
  await expect(client.getByRole('heading', { level: 1 })).toHaveText('Sleep check');
  // One question at a time: a group's questions are stepped through under its title.
  await expect(client.getByText('Question 1 of 4')).toBeVisible();
  await client.getByRole('radio', { name: 'Low', exact: true }).focus();
  await client.keyboard.press('Space');
  await client.keyboard.press('Enter');
  await expect(client.getByRole('heading', { name: 'Your nights' })).toBeVisible();
  await expect(client.getByLabel('How many bad nights?')).toBeFocused();
  await client.keyboard.press('Enter');
  await expect(client.getByText('Write an answer to go on.')).toBeVisible();
  await expectAccessible(client, 'mixed questionnaire, one question at a time');

  await client.getByRole('radio', { name: 'All questions on one page' }).check();
  await expect(client.getByRole('group', { name: 'Your nights' })).toBeVisible();
  await expect(client.getByLabel('Hours slept')).toHaveCount(0);
  await expectAccessible(client, 'mixed questionnaire, all on one page');

  // By keyboard: arrows choose within a radio group, typing fills a field, Tab moves on.
  await client.getByRole('radio', { name: 'Low', exact: true }).focus();
  await client.keyboard.press('ArrowDown');
  await expect(client.getByRole('radio', { name: 'OK', exact: true })).toBeChecked();
  await client.keyboard.press('Tab');
  await expect(client.getByLabel('How many bad nights?')).toBeFocused();
  await client.keyboard.type('9');
  await client.keyboard.press('Enter');
  await expect(client.getByText('Enter a number from 0 to 7.')).toBeVisible();
  await expect(client.getByLabel('How many bad nights?')).toBeFocused();
  await expectAccessible(client, 'mixed questionnaire, number out of range');
  await client.keyboard.press('Backspace');
  await client.keyboard.type('2');

  // The conditional group appears once there was a bad night.
  await expect(client.getByRole('group', { name: 'The worst night' })).toBeVisible();
  await client.keyboard.press('Tab');
  await expect(client.getByLabel('Hours slept')).toBeFocused();
  await client.keyboard.type('5,5');
  await client.keyboard.press('Tab');
  await client.keyboard.type('The neighbours');
  await client.keyboard.press('Tab');
  await client.keyboard.press('Space');
  await expect(client.getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
  await client.keyboard.press('Tab');
  await client.keyboard.type('Sofa');
  await expectAccessible(client, 'mixed questionnaire, filled in');

  const sent = client.waitForRequest((request) =>
    request.url().endsWith('/api/me/measures/responses'),
  );
  await client.getByRole('button', { name: 'Submit' }).click();
  expect((await sent).postDataJSON()).toMatchObject({
    item: [
      { linkId: 'mood', answer: [{ valueCoding: { code: '1', display: 'OK' } }] },
      {
        linkId: 'nights',
        item: [
          { linkId: 'bad', answer: [{ valueInteger: 2 }] },
          {
            linkId: 'worst',
            item: [
              { linkId: 'hours', answer: [{ valueDecimal: 5.5 }] },
              { linkId: 'what', answer: [{ valueString: 'The neighbours' }] },
            ],
          },
        ],
      },
      { linkId: 'nap', answer: [{ valueBoolean: true }] },
      { linkId: 'where', answer: [{ valueString: 'Sofa' }] },
    ],
  });
  await expect(client.getByRole('heading', { name: 'Submitted' })).toBeFocused();
  await expectAccessible(client, 'mixed questionnaire, submitted');
});
