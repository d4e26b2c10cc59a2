import type { Command } from '../command.ts';
import { command as admin } from './admin.ts';
import { command as audit } from './audit.ts';
import { command as backup } from './backup.ts';
import { command as change } from './change.ts';
import { command as doctor } from './doctor.ts';
import { command as instruments } from './instruments.ts';
import { command as keys } from './keys.ts';
import { command as migrate } from './migrate.ts';
import { command as practice } from './practice.ts';
import { command as score } from './score.ts';
import { command as serve } from './serve.ts';
import { command as user } from './user.ts';

/** Every `tandem` subcommand. Add a file exporting `command` and list it here. */
export const commands: readonly Command[] = [
  serve,
  migrate,
  practice,
  admin,
  user,
  audit,
  backup,
  keys,
  doctor,
  instruments,
  score,
  change,
];
