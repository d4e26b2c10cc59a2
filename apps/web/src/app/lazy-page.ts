import type { ComponentType } from 'react';

/** A page's screen, loaded when the page is first opened (its own chunk of JavaScript). */
export function lazyPage(load: () => Promise<ComponentType>) {
  return async () => ({ Component: await load() });
}
