import type { StaffRole } from '@tandem/core';
import type { SelectOption } from '../../shared/ui/SelectField.tsx';

export const staffRoleOptions: ReadonlyArray<SelectOption<StaffRole>> = [
  { value: 'therapist', label: 'Therapist' },
  { value: 'supervisor', label: 'Supervisor' },
  { value: 'admin', label: 'Admin' },
];
