import { useId, useState } from 'react';
import { Button } from '../../shared/ui/Button.tsx';
import type { CheckInOptions } from './check-in-api.ts';

type Tag = { kind: string; label: string };

/** Tags by kind: suggestions (the client's own first) to tick, and room to add a new one. */
export function TagPicker({
  options,
  tags,
  onChange,
  add,
}: {
  options: CheckInOptions;
  tags: Tag[];
  onChange: (tags: Tag[]) => void;
  add: (tags: readonly Tag[], tag: Tag) => Tag[];
}) {
  const ids = useId();
  const [typed, setTyped] = useState<Record<string, string>>({});
  const has = (tag: Tag) =>
    tags.some((t) => t.kind === tag.kind && t.label.toLowerCase() === tag.label.toLowerCase());

  return (
    <div className="tag-picker">
      <p className="tag-picker__intro">What was going on? (optional)</p>
      {options.tagKinds.map((kind) => {
        const suggested = options.suggestedTags.filter((tag) => tag.kind === kind.key).slice(0, 10);
        const added = tags.filter(
          (tag) =>
            tag.kind === kind.key &&
            !suggested.some((s) => s.label.toLowerCase() === tag.label.toLowerCase()),
        );
        const inputId = `${ids}-${kind.key}`;
        const addTyped = () => {
          onChange(add(tags, { kind: kind.key, label: typed[kind.key] ?? '' }));
          setTyped({ ...typed, [kind.key]: '' });
        };
        return (
          <fieldset key={kind.key} className="tag-picker__kind">
            <legend>{kind.label}</legend>
            <div className="chip-options">
              {[...suggested, ...added].map((tag) => (
                <label key={tag.label} className="chip-option">
                  <input
                    type="checkbox"
                    checked={has(tag)}
                    onChange={() =>
                      onChange(
                        has(tag)
                          ? tags.filter(
                              (t) =>
                                !(
                                  t.kind === tag.kind &&
                                  t.label.toLowerCase() === tag.label.toLowerCase()
                                ),
                            )
                          : add(tags, tag),
                      )
                    }
                  />
                  <span>{tag.label}</span>
                </label>
              ))}
            </div>
            <div className="tag-picker__add">
              <label htmlFor={inputId} className="visually-hidden">
                Add your own: {kind.label}
              </label>
              <input
                id={inputId}
                className="field__input"
                placeholder="Add your own"
                maxLength={40}
                value={typed[kind.key] ?? ''}
                onChange={(event) => setTyped({ ...typed, [kind.key]: event.target.value })}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    addTyped();
                  }
                }}
              />
              <Button variant="secondary" onClick={addTyped}>
                Add<span className="visually-hidden"> to {kind.label}</span>
              </Button>
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
