import { AppError } from '@tandem/core';
import type { LivingDocumentKind } from '../../db/schema.ts';
import { planSections } from './plan-sections.ts';
import type { PlanContent } from './plans.schemas.ts';

/**
 * A plan's content checked against its kind's sections and put in one shape:
 * every section present, in order, no unknown ones, phone numbers only where a
 * section holds contacts, an empty phone stored as none. Pure.
 */
export function normalisePlanContent(kind: LivingDocumentKind, content: PlanContent): PlanContent {
  const sections = planSections[kind];
  const known = new Set(sections.map((section) => section.key));
  for (const key of Object.keys(content)) {
    if (!known.has(key)) {
      throw new AppError('UNKNOWN_FIELD', {
        path: `content.${key}`,
        message: `A ${kind === 'safety-plan' ? 'safety' : 'coping'} plan has no section "${key}".`,
      });
    }
  }
  const normalised: PlanContent = {};
  for (const section of sections) {
    const items = content[section.key];
    if (items === undefined) {
      throw new AppError('VALIDATION_FAILED', {
        path: `content.${section.key}`,
        message: `The section "${section.title}" is missing (send an empty list for none).`,
      });
    }
    normalised[section.key] = items.map((item, index) => {
      const phone = item.phone === null || item.phone === '' ? null : item.phone;
      if (phone !== null && !section.contactFields) {
        throw new AppError('VALIDATION_FAILED', {
          path: `content.${section.key}.${index}.phone`,
          message: `The section "${section.title}" holds no phone numbers.`,
        });
      }
      return { text: item.text, phone };
    });
  }
  return normalised;
}

/** An empty plan of the kind (what the editor starts from). */
export function emptyPlanContent(kind: LivingDocumentKind): PlanContent {
  return Object.fromEntries(planSections[kind].map((section) => [section.key, []]));
}
