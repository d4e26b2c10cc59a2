import { focusElementById } from './focus-element.ts';

export function SkipLink({ targetId }: { targetId: string }) {
  return (
    <a
      className="skip-link"
      href={`#${targetId}`}
      onClick={(event) => {
        event.preventDefault();
        focusElementById(targetId);
      }}
    >
      Skip to main content
    </a>
  );
}
