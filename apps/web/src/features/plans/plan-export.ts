import type { Plan, PlanSection } from './plan-types.ts';

/**
 * The plan as plain text, for "Save as a file": made in the browser, readable
 * in any program, and printable. No server round trip, nothing leaves the device.
 */
export function planAsText(
  title: string,
  plan: Plan,
  sections: readonly PlanSection[],
  savedOn: string,
): string {
  const lines = [title, '='.repeat(title.length), '', `Version ${plan.version}, ${savedOn}`, ''];
  for (const section of sections) {
    lines.push(section.title, '-'.repeat(section.title.length));
    const items = plan.content[section.key] ?? [];
    if (items.length === 0) lines.push('(nothing written yet)');
    for (const item of items)
      lines.push(`- ${item.text}${item.phone ? ` (phone: ${item.phone})` : ''}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** A neutral file name (no names, nothing personal): "safety-plan-2026-05-01.txt". */
export function planFileName(kind: string, now: Date): string {
  const date = [
    now.getFullYear(),
    String(now.getMonth() + 1).padStart(2, '0'),
    String(now.getDate()).padStart(2, '0'),
  ].join('-');
  return `${kind}-${date}.txt`;
}

/** Starts a download of `text` made in the page (a blob: URL, revoked afterwards). */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
