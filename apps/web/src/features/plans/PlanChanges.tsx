import type { SectionChange } from './plan-content.ts';

/** What someone else changed meanwhile, section by section. */
export function PlanChanges({ changes }: { changes: SectionChange[] }) {
  if (changes.length === 0) return <p>The items are the same; only their order changed.</p>;
  return (
    <ul className="plan-changes">
      {changes.map(({ section, added, removed }) => (
        <li key={section.key}>
          <strong>{section.title}</strong>
          <ul>
            {added.map((item, index) => (
              <li key={`added-${index}`}>
                Added: {item.text}
                {item.phone ? ` (${item.phone})` : ''}
              </li>
            ))}
            {removed.map((item, index) => (
              <li key={`removed-${index}`}>
                Removed: {item.text}
                {item.phone ? ` (${item.phone})` : ''}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
