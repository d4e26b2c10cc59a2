import { Link } from 'react-router';
import { crisisPanelId } from '../features/client-home/CrisisPanel.tsx';
import { PracticeSwitcher } from '../features/practices/PracticeSwitcher.tsx';
import type { User } from '../shared/session/session-types.ts';
import { focusElementById } from '../shared/ui/focus-element.ts';
import { AreaNav } from './AreaNav.tsx';
import { QuickExit } from './QuickExit.tsx';
import { SignOutButton } from './SignOutButton.tsx';

interface AppHeaderProps {
  user: User | null;
  /** Whether the page has the crisis panel to jump to. */
  showHelpLink: boolean;
}

export function AppHeader({ user, showHelpLink }: AppHeaderProps) {
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <div className="app-header__brand">
          <Link className="app-header__product" to="/">
            Tandem
          </Link>
          {user && <span className="app-header__practice">{user.practiceName}</span>}
          {user?.demo && (
            <span className="demo-label">
              Demo<span className="visually-hidden">: made-up people and data</span>
            </span>
          )}
          {user && <PracticeSwitcher user={user} />}
        </div>
        {(showHelpLink || user?.role === 'client') && (
          // Help, the safety plan and the way out, together in one short row.
          <div className="app-header__help">
            {showHelpLink && (
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
            {user?.role === 'client' && !user.consentRequired && (
              <Link className="help-link" to="/client/safety-plan">
                My safety plan
              </Link>
            )}
            {user?.role === 'client' && <QuickExit />}
          </div>
        )}
        {user && (
          <div className="app-header__account">
            <span className="app-header__user">
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
