import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';

interface TableRegionProps {
  /** Id of the element that names the table (its heading). */
  labelledBy: string;
  children: ReactNode;
}

/**
 * The frame of a data table. Where the frame is narrow (a phone, or text at
 * 200%), a `.table--stack` table shows each row as a small card instead (see
 * components.css), so nothing hides off to the side. A table that still does
 * not fit scrolls sideways; only then is the frame a tab stop, so the keyboard
 * can scroll it (a frame that does not scroll would be a stop for nothing).
 */
export function TableRegion({ labelledBy, children }: TableRegionProps) {
  const frame = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);

  useEffect(() => {
    const element = frame.current;
    if (element === null) return;
    const measure = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    const table = element.firstElementChild;
    if (table !== null) observer.observe(table);
    return () => observer.disconnect();
  }, []);

  return (
    <div
      ref={frame}
      className="table-region"
      role="region"
      aria-labelledby={labelledBy}
      tabIndex={scrolls ? 0 : undefined}
    >
      {children}
    </div>
  );
}
