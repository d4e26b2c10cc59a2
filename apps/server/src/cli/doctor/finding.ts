/** One line of `tandem doctor`: how one aspect of the deployment stands, and what to do. */
export interface Finding {
  /** 'fail': fix before real clients use this Tandem; 'warn': worth fixing; 'ok': fine. */
  status: 'ok' | 'warn' | 'fail';
  topic: string;
  message: string;
  /** What to do, for 'warn' and 'fail'. */
  fix?: string;
}

export const ok = (topic: string, message: string): Finding => ({ status: 'ok', topic, message });
export const warn = (topic: string, message: string, fix: string): Finding => ({
  status: 'warn',
  topic,
  message,
  fix,
});
export const fail = (topic: string, message: string, fix: string): Finding => ({
  status: 'fail',
  topic,
  message,
  fix,
});
