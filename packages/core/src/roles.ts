export const roles = ['admin', 'therapist', 'supervisor', 'client'] as const;
export type Role = (typeof roles)[number];
export const staffRoles = ['admin', 'therapist', 'supervisor'] as const;
export type StaffRole = (typeof staffRoles)[number];

export type UserStatus = 'invited' | 'active' | 'deactivated';
export type ClientStatus = 'invited' | 'active' | 'archived';
