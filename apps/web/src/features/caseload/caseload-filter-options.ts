import type { SelectOption } from '../../shared/ui/SelectField.tsx';
import type { AttentionFilter, CaseloadFilter } from './caseload-api.ts';

export const caseloadFilterOptions: ReadonlyArray<SelectOption<CaseloadFilter>> = [
  { value: 'active', label: 'Active' },
  { value: 'archived', label: 'Archived' },
];

export const attentionFilterOptions: ReadonlyArray<SelectOption<AttentionFilter>> = [
  { value: 'all', label: 'Everyone' },
  { value: 'alerts', label: 'Open alerts' },
  { value: 'deteriorated', label: 'Deteriorated' },
  { value: 'not-on-track', label: 'Not on track' },
  { value: 'overdue', label: 'Overdue' },
];
