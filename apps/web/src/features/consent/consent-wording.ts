/** Shared by the consent page and the invitation page, so both ask the same way. */
export const consentCheckboxLabel = 'I have read and accept';
export const consentNotAcceptedMessage =
  'To use Tandem, please tick the box to show you have read and accept the text.';
