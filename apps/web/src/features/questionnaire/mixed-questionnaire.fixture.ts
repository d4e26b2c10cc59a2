/** A worksheet-like Questionnaire with every supported item type, for tests. */
const ordinal = (valueDecimal: number) => ({
  url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue',
  valueDecimal,
});

export const mixedQuestionnaire = {
  resourceType: 'Questionnaire',
  id: 'mixed',
  title: 'Sleep check',
  item: [
    { linkId: 'intro', type: 'display', text: 'A few questions about last week.' },
    {
      linkId: 'mood',
      type: 'choice',
      text: 'How was your mood?',
      required: true,
      answerOption: [
        {
          valueCoding: { system: 'urn:mood', code: 'low', display: 'Low' },
          extension: [ordinal(0)],
        },
        { valueCoding: { system: 'urn:mood', code: 'ok', display: 'OK' }, extension: [ordinal(1)] },
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
            { linkId: 'hours', type: 'decimal', text: 'Hours slept?' },
            { linkId: 'what', type: 'text', text: 'What kept you awake?', maxLength: 200 },
          ],
        },
      ],
    },
    { linkId: 'nap', type: 'boolean', text: 'Did you nap?' },
    {
      linkId: 'where',
      type: 'string',
      text: 'Where?',
      enableWhen: [
        { question: 'nap', operator: '=', answerBoolean: true },
        { question: 'mood', operator: '=', answerCoding: { system: 'urn:mood', code: 'low' } },
      ],
      enableBehavior: 'all',
    },
    { linkId: 'note', type: 'string', text: 'Noted by your therapist', readOnly: true },
    {
      linkId: 'score',
      type: 'integer',
      readOnly: true,
      extension: [
        { url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-hidden', valueBoolean: true },
      ],
    },
  ],
};
