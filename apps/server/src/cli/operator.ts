import os from 'node:os';

/**
 * Who runs a `tandem` command on the server, for the audit log: the account
 * that invoked sudo if any, else the system account running the command.
 */
export function operatorName(env: Record<string, string | undefined> = process.env): string {
  const sudoUser = env.SUDO_USER;
  if (sudoUser !== undefined && sudoUser !== '') return sudoUser;
  try {
    return os.userInfo().username;
  } catch {
    return `uid ${process.getuid?.() ?? '?'}`;
  }
}
