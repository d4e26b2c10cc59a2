/**
 * The server words validation errors for a reader who cannot see the form
 * ("email: Enter an e-mail address like name@example.org."). Next to the field
 * itself the field's name is already on screen, so the prefix is dropped.
 *
 * @example messageForField('email: Enter an e-mail address.', 'email') // 'Enter an e-mail address.'
 */
export function messageForField(message: string, path: string): string {
  const prefix = `${path}: `;
  if (!message.startsWith(prefix)) return message;
  const rest = message.slice(prefix.length).trim();
  if (rest === '') return message;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}
