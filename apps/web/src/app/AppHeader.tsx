import { Link } from 'react-router';
import { crisisPanelId } from '../features/client-home/CrisisPanel.tsx';
import type { User } from '../shared/session/session-types.ts';
import { focusElementById } from '../shared/ui/focus-element.ts';
import { AreaNav } from './AreaNav.tsx';
import { SignOutButton } from './SignOutButton.tsx';

export function AppHeader({ user }: { user: User | null }) {
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <div className="app-header__brand">
          <Link className="app-header__product" to="/">
            Tandem
          </Link>
          {user && <span className="app-header__practice">{user.practiceName}</span>}
          {user?.demo && (
            <span className="demo-label" title="Made-up people and data, for trying Tandem out">
              Demo practice
            </span>
          )}
        </div>
        {user && (
          <div className="app-header__account">
            {user.role === 'client' && (
              <a
                className="help-link"
                href={`#${crisisPanelId}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusElementById(crisisPanelId);
                }}
              >
                Need help now?
              </a>
            )}
            <span>
              <span className="visually-hidden">Signed in as </span>
              {user.displayName}
            </span>
            <SignOutButton />
          </div>
        )}
        {user && <AreaNav role={user.role} />}
      </div>
    </header>
  );
}
