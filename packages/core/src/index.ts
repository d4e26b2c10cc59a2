export * from './errors.ts';
export * from './roles.ts';
export * from './schemas.ts';
export * from './ids.ts';
export * from './text.ts';
export * from './schedule.ts';
