import type { SelectOption } from '../../shared/ui/SelectField.tsx';
import type { CaseloadFilter } from './caseload-api.ts';

export const caseloadFilterOptions: ReadonlyArray<SelectOption<CaseloadFilter>> = [
  { value: 'active', label: 'Active' },
  { value: 'archived', label: 'Archived' },
];
