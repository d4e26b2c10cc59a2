import { AppError } from '@tandem/core';
import { TANDEM_FHIR_BASE } from '@tandem/instruments';

/** Bounds on what an admin may import: a form clients fill in, not a data dump. */
export const MAX_QUESTIONNAIRE_BYTES = 256 * 1024;
export const MAX_QUESTIONNAIRE_ITEMS = 300;
const MAX_DEPTH = 5;

/** Item types the web renderer can show (ADR 0012); anything else is refused at import. */
const SHOWN_TYPES = new Set([
  'group',
  'display',
  'choice',
  'integer',
  'decimal',
  'boolean',
  'string',
  'text',
]);

export interface QuestionnaireIdentity {
  url: string;
  version: string;
  title: string;
}

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

/**
 * Checks, before the library reads it, that a Questionnaire is one Tandem can
 * keep and show: small enough, a Questionnaire, with a url and a version (so
 * a response stays tied to exactly what was asked), not claiming Tandem's
 * own url, and only items the client's form can draw. Throws an AppError
 * naming the field path (`questionnaire.item[2].item[0]`).
 */
export function checkImportable(questionnaire: Json): QuestionnaireIdentity {
  if (Buffer.byteLength(JSON.stringify(questionnaire)) > MAX_QUESTIONNAIRE_BYTES) {
    throw new AppError('QUESTIONNAIRE_TOO_LARGE', {
      path: 'questionnaire',
      message: `The Questionnaire is larger than ${MAX_QUESTIONNAIRE_BYTES / 1024} KB.`,
    });
  }
  if (questionnaire.resourceType !== 'Questionnaire') {
    throw new AppError('NOT_A_QUESTIONNAIRE', { path: 'questionnaire.resourceType' });
  }
  const url = text(questionnaire.url);
  if (url === null)
    throw new AppError('QUESTIONNAIRE_IDENTITY_MISSING', { path: 'questionnaire.url' });
  const version = text(questionnaire.version);
  if (version === null) {
    throw new AppError('QUESTIONNAIRE_IDENTITY_MISSING', { path: 'questionnaire.version' });
  }
  if (url.startsWith(TANDEM_FHIR_BASE)) {
    throw new AppError('QUESTIONNAIRE_URL_RESERVED', { path: 'questionnaire.url' });
  }
  if (url.length > 1000 || version.length > 100) {
    throw new AppError('VALIDATION_FAILED', {
      path: url.length > 1000 ? 'questionnaire.url' : 'questionnaire.version',
      message: 'The url or version is too long.',
    });
  }
  const counted = { items: 0 };
  checkItems(questionnaire.item, 'questionnaire.item', 1, counted);
  if (counted.items === 0) {
    throw new AppError('QUESTIONNAIRE_ITEM_UNSUPPORTED', {
      path: 'questionnaire.item',
      message: 'The Questionnaire has no items to answer.',
    });
  }
  const title =
    text(questionnaire.title) ?? text(questionnaire.name) ?? `${url} (version ${version})`;
  return { url, version, title: title.slice(0, 200) };
}

function checkItems(items: unknown, path: string, depth: number, counted: { items: number }): void {
  if (items === undefined) return;
  if (!Array.isArray(items)) {
    throw new AppError('NOT_A_QUESTIONNAIRE', { path, message: 'Items must be a list.' });
  }
  items.forEach((item: unknown, index) => {
    const at = `${path}[${index}]`;
    counted.items += 1;
    if (counted.items > MAX_QUESTIONNAIRE_ITEMS) {
      throw new AppError('QUESTIONNAIRE_TOO_LARGE', {
        path: at,
        message: `The Questionnaire has more than ${MAX_QUESTIONNAIRE_ITEMS} items.`,
      });
    }
    if (!isRecord(item)) throw new AppError('NOT_A_QUESTIONNAIRE', { path: at });
    const linkId = text(item.linkId) ?? `(item ${index + 1})`;
    const refuse = (why: string, where = at): never => {
      throw new AppError('QUESTIONNAIRE_ITEM_UNSUPPORTED', {
        path: where,
        message: `Item "${linkId}" ${why}`,
      });
    };
    const type = typeof item.type === 'string' ? item.type : '(none)';
    if (!SHOWN_TYPES.has(type)) {
      refuse(
        `is of type "${type}", which clients' forms cannot show. Use group, display, choice, integer, decimal, boolean, string or text.`,
        `${at}.type`,
      );
    }
    if (type === 'choice') checkChoice(item, at, refuse);
    if (item.item !== undefined) {
      if (depth >= MAX_DEPTH) refuse(`is nested more than ${MAX_DEPTH} levels deep.`);
      if (type !== 'group') refuse('has items inside it; only a group can.', `${at}.item`);
      checkItems(item.item, `${at}.item`, depth + 1, counted);
    }
  });
}

function checkChoice(item: Json, at: string, refuse: (why: string, where?: string) => never): void {
  if (item.answerValueSet !== undefined) {
    refuse(
      'takes its answers from a ValueSet; list them as answerOption instead.',
      `${at}.answerValueSet`,
    );
  }
  const options = item.answerOption;
  if (!Array.isArray(options) || options.length === 0) {
    refuse('is a choice without answerOption.', `${at}.answerOption`);
  }
  (options as unknown[]).forEach((option, index) => {
    if (!isRecord(option) || !isRecord(option.valueCoding)) {
      refuse('has an answer option that is not a valueCoding.', `${at}.answerOption[${index}]`);
    }
  });
}
