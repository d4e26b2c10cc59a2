import { useState } from 'react';
import type { User } from '../../shared/session/session-types.ts';
import { Button } from '../../shared/ui/Button.tsx';
import { SwitchPracticeDialog } from './SwitchPracticeDialog.tsx';

/**
 * For a person who belongs to several practices: a button beside the open
 * practice's name in the header, opening the list to switch. One practice:
 * nothing.
 */
export function PracticeSwitcher({ user }: { user: User }) {
  const [open, setOpen] = useState(false);
  if (user.practices.length < 2) return null;
  return (
    <>
      <Button variant="secondary" className="button--small" onClick={() => setOpen(true)}>
        Switch practice
      </Button>
      <SwitchPracticeDialog open={open} user={user} onClose={() => setOpen(false)} />
    </>
  );
}
