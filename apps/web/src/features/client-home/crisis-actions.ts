import { splitFirstNumber } from './contact-link.ts';
import type { CrisisResource } from './client-home-api.ts';

/** A one-tap action: a link the phone opens in its dialler or messages app. */
export interface CrisisAction {
  kind: 'call' | 'text';
  /** The number as written ("116 123"). */
  number: string;
  href: string;
  /** The whole instruction when it says more than the number ("988, then press 1"). */
  detail: string | null;
}

export interface CrisisLineActions {
  name: string;
  description: string;
  actions: CrisisAction[];
}

function callAction(contact: string): CrisisAction | null {
  const parts = splitFirstNumber(contact);
  if (parts === null) return null;
  return {
    kind: 'call',
    number: parts.number,
    href: `tel:${parts.dialable}`,
    detail: contact.trim() === parts.number ? null : contact,
  };
}

function textAction(contact: string): CrisisAction | null {
  const parts = splitFirstNumber(contact);
  // A WhatsApp number is not a text-message line: the instruction is shown, with no button.
  if (parts === null || /whatsapp/i.test(parts.before)) return null;
  const keyword = /\btext\s+([A-Za-z0-9]+)\s+to\s*$/i.exec(parts.before)?.[1];
  return {
    kind: 'text',
    number: parts.number,
    href: `sms:${parts.dialable}${keyword ? `?body=${encodeURIComponent(keyword)}` : ''}`,
    detail: contact.trim() === parts.number ? null : contact,
  };
}

/**
 * The call and text buttons of each crisis line, in the server's order.
 *
 * @example crisisLineActions({ name: 'Shout', description: '', text: 'Text SHOUT to 85258' }).actions[0].href // 'sms:85258?body=SHOUT'
 */
export function crisisLineActions(resource: CrisisResource): CrisisLineActions {
  const actions = [
    resource.phone ? callAction(resource.phone) : null,
    resource.text ? textAction(resource.text) : null,
  ].filter((action): action is CrisisAction => action !== null);
  return { name: resource.name, description: resource.description, actions };
}

/** The emergency number as a call button, when the practice's country is known. */
export function emergencyAction(emergency: string | undefined): CrisisAction | null {
  return emergency ? callAction(emergency) : null;
}
