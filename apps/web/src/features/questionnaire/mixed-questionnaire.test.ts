import { describe, expect, it } from 'vitest';
import { toResponseItems } from '../measures/practice-response.ts';
import {
  answersFromDraft,
  answersToSave,
  answersToSend,
  missingRequired,
  progressOf,
  resumeIndex,
  visibleQuestions,
} from './form-state.ts';
import type { Answers } from './form-state.ts';
import { mixedQuestionnaire } from './mixed-questionnaire.fixture.ts';
import { questionTree } from './question-tree.ts';
import { parseQuestionnaire, unsupportedItems } from './questionnaire-model.ts';

const model = parseQuestionnaire(mixedQuestionnaire);
const shown = (answers: Answers) => visibleQuestions(model, answers).map((q) => q.linkId);

describe('a Questionnaire with every supported type', () => {
  it('reads each item type, its limits and its groups', () => {
    expect(model.intro).toEqual(['A few questions about last week.']);
    expect(model.questions.map((q) => [q.linkId, q.kind])).toEqual([
      ['mood', 'choice'],
      ['bad', 'integer'],
      ['hours', 'decimal'],
      ['what', 'text'],
      ['nap', 'boolean'],
      ['where', 'string'],
      ['note', 'string'],
    ]);
    expect(model.questions[1]).toMatchObject({ min: 0, max: 7 });
    expect(model.questions[3]).toMatchObject({ maxLength: 200 });
    expect(model.questions[2]!.groups.map((g) => g.text)).toEqual([
      'Your nights',
      'The worst night',
    ]);
    expect(model.questions[6]!.readOnly).toBe(true);
    expect(unsupportedItems(mixedQuestionnaire)).toEqual([]);
  });

  it('reads the R5 type name "coding" as a choice', () => {
    const r5 = {
      ...mixedQuestionnaire,
      item: mixedQuestionnaire.item.map((item) =>
        item.linkId === 'mood' ? { ...item, type: 'coding' } : item,
      ),
    };
    expect(parseQuestionnaire(r5).questions[0]).toMatchObject({ kind: 'choice', linkId: 'mood' });
    expect(unsupportedItems(r5)).toEqual([]);
  });

  it('turns a coding condition into the option’s number', () => {
    expect(model.questions[5]!.enable).toEqual([
      {
        behavior: 'all',
        when: [
          { question: 'nap', operator: '=', answer: true },
          { question: 'mood', operator: '=', answer: 0 },
        ],
      },
    ]);
  });

  it('shows conditional items only when their conditions hold (groups included)', () => {
    expect(shown({})).toEqual(['mood', 'bad', 'nap', 'note']);
    expect(shown({ bad: '2' })).toEqual(['mood', 'bad', 'hours', 'what', 'nap', 'note']);
    expect(shown({ bad: '0' })).toEqual(['mood', 'bad', 'nap', 'note']);
    // "all": both the nap and the low mood are needed.
    expect(shown({ nap: true, mood: 1 })).not.toContain('where');
    expect(shown({ nap: true, mood: 0 })).toContain('where');
  });

  it('counts and requires only shown, answerable questions', () => {
    expect(progressOf(model, {})).toEqual({ answered: 0, total: 3 });
    expect(progressOf(model, { mood: 0, bad: '3', hours: '6.5' })).toEqual({
      answered: 3,
      total: 5,
    });
    expect(missingRequired(model, {}).map((q) => q.linkId)).toEqual(['mood']);
    expect(missingRequired(model, { mood: 0, bad: '9' }).map((q) => q.linkId)).toEqual(['bad']);
    expect(resumeIndex(model, { mood: 0 })).toBe(1);
  });

  it('sends typed values, drops hidden and empty answers, and builds nested response items', () => {
    const answers: Answers = {
      mood: 1,
      bad: '2',
      hours: '5,5',
      what: '  The neighbours  ',
      nap: true,
      where: 'Sofa',
      note: 'ignored',
    };
    const sent = answersToSend(model, answers);
    expect(sent).toEqual({
      mood: 1,
      bad: 2,
      hours: 5.5,
      what: 'The neighbours',
      nap: true,
      where: null,
      note: null,
    });
    expect(toResponseItems(mixedQuestionnaire, sent)).toEqual([
      {
        linkId: 'mood',
        answer: [{ valueCoding: { system: 'urn:mood', code: 'ok', display: 'OK' } }],
      },
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
    ]);
  });

  it('drops the answers inside a group once its condition stops holding', () => {
    const sent = answersToSend(model, { bad: '0', hours: '4', what: 'x' });
    expect(sent).toMatchObject({ bad: 0, hours: null, what: null });
    expect(toResponseItems(mixedQuestionnaire, sent)).toEqual([
      { linkId: 'nights', item: [{ linkId: 'bad', answer: [{ valueInteger: 0 }] }] },
    ]);
  });

  it('round-trips a draft of every type, dropping values of the wrong type', () => {
    const answers: Answers = { mood: 0, bad: '3', hours: '7.25', what: 'Noise', nap: false };
    const saved = answersToSave(model, answers);
    expect(saved).toEqual({ mood: 0, bad: 3, hours: 7.25, what: 'Noise', nap: false });
    const restored = answersFromDraft(model, JSON.parse(JSON.stringify(saved)));
    expect(answersToSave(model, restored)).toEqual(saved);
    expect(
      answersFromDraft(model, { mood: 5, bad: 'x', hours: true, what: 3, nap: 'yes', gone: 1 }),
    ).toEqual({});
    expect(answersToSave(model, { bad: '99', what: '   ' })).toEqual({});
  });

  it('nests shown questions in their groups for the one-page layout', () => {
    const tree = questionTree(visibleQuestions(model, { bad: '1' }));
    expect(
      tree.map((node) =>
        node.kind === 'group'
          ? [
              node.group.linkId,
              node.children.map((c) => (c.kind === 'group' ? c.group.linkId : c.question.linkId)),
            ]
          : node.question.linkId,
      ),
    ).toEqual(['mood', ['nights', ['bad', 'worst']], 'nap', 'note']);
  });
});

describe('unsupportedItems', () => {
  it('lists every item type the renderer cannot show, nested ones too', () => {
    expect(
      unsupportedItems({
        resourceType: 'Questionnaire',
        item: [
          { linkId: 'a', type: 'date' },
          { linkId: 'g', type: 'group', item: [{ linkId: 'b', type: 'quantity' }] },
          { linkId: 'c', type: 'boolean' },
          ...['attachment', 'reference', 'time', 'url', 'open-choice'].map((type) => ({
            linkId: type,
            type,
          })),
        ],
      }),
    ).toEqual([
      'a (date)',
      'b (quantity)',
      'attachment (attachment)',
      'reference (reference)',
      'time (time)',
      'url (url)',
      'open-choice (open-choice)',
    ]);
    expect(unsupportedItems(null)).toEqual([]);
  });
});
