import { NavLink } from 'react-router';
import type { Role } from '@tandem/core';
import { NewAlertsCount } from '../features/alerts/NewAlertsCount.tsx';
import { areaLinks } from './area-links.ts';
import type { AreaLink } from './area-links.ts';

/** The role's area navigation; NavLink marks the current page with aria-current. */
export function AreaNav({ role }: { role: Role }) {
  const links: readonly AreaLink[] = areaLinks[role];
  return (
    <nav className="app-nav" aria-label="Main">
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end ?? false}>
              {link.label}
              {link.count === 'new-alerts' && <NewAlertsCount />}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
