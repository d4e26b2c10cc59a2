/**
 * Moves focus to an element by id and brings it into view. In-page links
 * (skip link, "Need help now?") use this instead of changing the URL fragment:
 * the fragment may hold a one-time token, and the router would treat the
 * change as a navigation.
 */
export function focusElementById(id: string): void {
  const target = document.getElementById(id);
  if (target === null) return;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
  target.scrollIntoView({ block: 'start' });
}
