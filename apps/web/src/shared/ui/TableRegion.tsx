import type { ReactNode } from 'react';

interface TableRegionProps {
  /** Id of the element that names the table (its heading). */
  labelledBy: string;
  children: ReactNode;
}

/**
 * Lets a wide table scroll sideways on a phone or at 200% text size instead
 * of squeezing it. The region is focusable so the keyboard can scroll it too.
 */
export function TableRegion({ labelledBy, children }: TableRegionProps) {
  return (
    <div className="table-region" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
