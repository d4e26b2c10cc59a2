import { useId } from 'react';
import { Button } from '../../shared/ui/Button.tsx';
import { VisuallyHidden } from '../../shared/ui/VisuallyHidden.tsx';
import type { DraftItem } from './draft.ts';
import { planLimits } from './plan-types.ts';
import type { PlanSection } from './plan-types.ts';

interface PlanSectionFieldsProps {
  section: PlanSection;
  items: DraftItem[];
  /** Prefix of every control's id, so focus can be moved to one after a change. */
  idPrefix: string;
  onChange: (index: number, change: Partial<DraftItem>) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
  onMove: (index: number, by: -1 | 1) => void;
}

export const itemTextId = (prefix: string, item: DraftItem) => `${prefix}-${item.key}-text`;
export const itemMoveId = (prefix: string, item: DraftItem, by: -1 | 1) =>
  `${prefix}-${item.key}-${by === -1 ? 'up' : 'down'}`;
export const addButtonId = (prefix: string, section: PlanSection) => `${prefix}-${section.key}-add`;

/** One section of the plan being edited: its items, each with its own text (and number). */
export function PlanSectionFields({
  section,
  items,
  idPrefix,
  onChange,
  onAdd,
  onRemove,
  onMove,
}: PlanSectionFieldsProps) {
  const promptId = useId();
  const full = items.length >= planLimits.itemsPerSection;
  return (
    <fieldset className="plan-fields" aria-describedby={promptId}>
      <legend className="plan-fields__legend">{section.title}</legend>
      <p className="field__hint" id={promptId}>
        {section.prompt}
      </p>
      {items.length > 0 && (
        <ol className="plan-fields__items">
          {items.map((item, index) => {
            const textId = itemTextId(idPrefix, item);
            const phoneId = `${idPrefix}-${item.key}-phone`;
            const where = `${section.title}, item ${index + 1}`;
            return (
              <li key={item.key} className="plan-fields__item">
                <div className="field">
                  <label className="field__label" htmlFor={textId}>
                    <VisuallyHidden>{section.title}: </VisuallyHidden>Item {index + 1}
                  </label>
                  <textarea
                    id={textId}
                    className="field__input plan-fields__text"
                    rows={1}
                    value={item.text}
                    maxLength={planLimits.textLength}
                    onChange={(event) => onChange(index, { text: event.target.value })}
                  />
                </div>
                {section.contactFields && (
                  <div className="field">
                    <label className="field__label" htmlFor={phoneId}>
                      <VisuallyHidden>{where}: </VisuallyHidden>Phone number (if any)
                    </label>
                    <input
                      id={phoneId}
                      className="field__input plan-fields__phone"
                      type="tel"
                      inputMode="tel"
                      autoComplete="off"
                      value={item.phone ?? ''}
                      maxLength={planLimits.phoneLength}
                      onChange={(event) => onChange(index, { phone: event.target.value })}
                    />
                  </div>
                )}
                <div className="button-row plan-fields__actions">
                  {index > 0 && (
                    <Button
                      id={itemMoveId(idPrefix, item, -1)}
                      variant="secondary"
                      className="button--small"
                      onClick={() => onMove(index, -1)}
                    >
                      Move up<VisuallyHidden> ({where})</VisuallyHidden>
                    </Button>
                  )}
                  {index < items.length - 1 && (
                    <Button
                      id={itemMoveId(idPrefix, item, 1)}
                      variant="secondary"
                      className="button--small"
                      onClick={() => onMove(index, 1)}
                    >
                      Move down<VisuallyHidden> ({where})</VisuallyHidden>
                    </Button>
                  )}
                  <Button
                    variant="secondary"
                    className="button--small"
                    onClick={() => onRemove(index)}
                  >
                    Remove<VisuallyHidden> ({where})</VisuallyHidden>
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {full ? (
        <p className="muted">This section is full ({planLimits.itemsPerSection} items).</p>
      ) : (
        <Button id={addButtonId(idPrefix, section)} variant="secondary" onClick={onAdd}>
          Add an item<VisuallyHidden> to {section.title}</VisuallyHidden>
        </Button>
      )}
    </fieldset>
  );
}
