import { passwordMinLength } from '../../shared/forms/validation.ts';
import { TextField } from '../../shared/ui/TextField.tsx';

interface NewPasswordFieldsProps {
  ids: { newPassword: string; confirmation: string };
  newPassword: string;
  confirmation: string;
  onNewPasswordChange: (value: string) => void;
  onConfirmationChange: (value: string) => void;
  errors: { newPassword?: string | undefined; confirmation?: string | undefined };
}

/** "New password" and "Confirm new password", as used when setting, resetting or changing one. */
export function NewPasswordFields({
  ids,
  newPassword,
  confirmation,
  onNewPasswordChange,
  onConfirmationChange,
  errors,
}: NewPasswordFieldsProps) {
  return (
    <>
      <TextField
        id={ids.newPassword}
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${passwordMinLength} characters. A few words you will remember work well.`}
        value={newPassword}
        onChange={onNewPasswordChange}
        error={errors.newPassword}
      />
      <TextField
        id={ids.confirmation}
        label="Confirm new password"
        type="password"
        autoComplete="new-password"
        value={confirmation}
        onChange={onConfirmationChange}
        error={errors.confirmation}
      />
    </>
  );
}
