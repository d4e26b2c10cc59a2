const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});

/** A date in the reader's own locale and time zone; '—' when missing or unreadable. */
export function formatDate(iso: string | null | undefined): string {
  return format(dateFormat, iso);
}

export function formatDateTime(iso: string | null | undefined): string {
  return format(dateTimeFormat, iso);
}

function format(formatter: Intl.DateTimeFormat, iso: string | null | undefined): string {
  if (iso === null || iso === undefined) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '—' : formatter.format(date);
}
