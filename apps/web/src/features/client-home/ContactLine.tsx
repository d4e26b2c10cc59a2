import { splitFirstNumber } from './contact-link.ts';

interface ContactLineProps {
  /** "Call" or "Text". */
  verb: string;
  scheme: 'tel' | 'sms';
  contact: string;
}

/** "Call 988, then press 1" with the number as a link the phone can dial. */
export function ContactLine({ verb, scheme, contact }: ContactLineProps) {
  const parts = splitFirstNumber(contact);
  // Texts such as "Text SHOUT to 85258" already say what to do.
  const lead = contact.toLowerCase().startsWith(verb.toLowerCase()) ? '' : `${verb} `;
  if (parts === null) {
    return (
      <li>
        {lead}
        {contact}
      </li>
    );
  }
  return (
    <li>
      {lead}
      {parts.before}
      <a href={`${scheme}:${parts.dialable}`}>{parts.number}</a>
      {parts.after}
    </li>
  );
}
