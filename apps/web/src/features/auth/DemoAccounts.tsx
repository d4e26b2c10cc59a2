import { useId } from 'react';
import { roleLabel } from '../../shared/format/status-label.ts';
import { Button } from '../../shared/ui/Button.tsx';
import { VisuallyHidden } from '../../shared/ui/VisuallyHidden.tsx';
import type { DemoAccount } from './instance-api.ts';

interface DemoAccountsProps {
  accounts: readonly DemoAccount[];
  /** Puts the address in the sign-in form. */
  onUse: (email: string) => void;
}

/** The demo practice's accounts on the sign-in page: made-up people, to try Tandem with. */
export function DemoAccounts({ accounts, onUse }: DemoAccountsProps) {
  const headingId = useId();
  return (
    <section className="section card" aria-labelledby={headingId}>
      <h2 id={headingId}>Demo accounts (sample data)</h2>
      <p>
        This Tandem has a demo practice with made-up people and data. Choose an address to put it in
        the form. The password is the one printed in the terminal where Tandem was started, or the
        value of <code>TANDEM_DEMO_PASSWORD</code> if it was set.
      </p>
      <ul className="demo-accounts">
        {accounts.map((account) => (
          <li key={account.email} className="demo-accounts__item">
            <span className="demo-accounts__role">{roleLabel(account.role)}</span>
            <Button
              variant="secondary"
              className="button--small demo-accounts__use"
              onClick={() => onUse(account.email)}
            >
              <VisuallyHidden>Use </VisuallyHidden>
              {account.email}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
