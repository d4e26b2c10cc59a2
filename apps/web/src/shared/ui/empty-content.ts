import { Children } from 'react';
import type { ReactNode } from 'react';

/**
 * True when nothing visible would render: null, undefined, false, '' or a list
 * of only those (`{notice ? text : null}{extra}` with both empty).
 */
export function isEmptyContent(children: ReactNode): boolean {
  return Children.toArray(children).every((child) => child === '');
}
