import { useEffect, useState } from 'react';
import { ChoiceGroup } from '../../shared/ui/ChoiceGroup.tsx';
import { SelectField } from '../../shared/ui/SelectField.tsx';
import type { CaseloadQuery } from './caseload-api.ts';
import { attentionFilterOptions, caseloadFilterOptions } from './caseload-filter-options.ts';

interface CaseloadControlsProps {
  idPrefix: string;
  query: CaseloadQuery;
  onChange: (query: CaseloadQuery) => void;
}

const searchDelayMs = 300;

/**
 * Which clients to show: active or archived, a "needs attention" filter, and
 * a search by name or e-mail (sent in the request body, never in the URL).
 */
export function CaseloadControls({ idPrefix, query, onChange }: CaseloadControlsProps) {
  const [search, setSearch] = useState(query.search);

  // The list follows the search box a moment after typing stops.
  useEffect(() => {
    if (search === query.search) return;
    const timer = setTimeout(() => onChange({ ...query, search }), searchDelayMs);
    return () => clearTimeout(timer);
  }, [search, query, onChange]);

  return (
    <div className="caseload-controls">
      <ChoiceGroup
        name={`${idPrefix}-status`}
        legend="Show"
        value={query.status}
        options={caseloadFilterOptions}
        onChange={(status) => onChange({ ...query, status })}
      />
      <SelectField
        id={`${idPrefix}-attention`}
        label="Needs attention"
        value={query.filter}
        options={attentionFilterOptions}
        onChange={(filter) => onChange({ ...query, filter })}
      />
      <form
        role="search"
        className="caseload-controls__search"
        onSubmit={(event) => {
          event.preventDefault();
          onChange({ ...query, search });
        }}
      >
        <label className="field__label" htmlFor={`${idPrefix}-search`}>
          Search by name or email
        </label>
        <input
          id={`${idPrefix}-search`}
          className="field__input"
          type="search"
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
      </form>
    </div>
  );
}
