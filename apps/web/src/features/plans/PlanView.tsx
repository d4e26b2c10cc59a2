import { useId } from 'react';
import { VisuallyHidden } from '../../shared/ui/VisuallyHidden.tsx';
import { telHref } from './phone-link.ts';
import type { PlanContent, PlanItem, PlanSection } from './plan-types.ts';

function ItemLine({ item }: { item: PlanItem }) {
  const href = item.phone === null ? null : telHref(item.phone);
  return (
    <li className="plan-item">
      <span className="plan-item__text">{item.text}</span>
      {item.phone !== null && (
        <>
          {' '}
          {href === null ? (
            <span className="plan-item__phone">{item.phone}</span>
          ) : (
            <a className="plan-call" href={href}>
              Call {item.phone}
              <VisuallyHidden> ({item.text})</VisuallyHidden>
            </a>
          )}
        </>
      )}
    </li>
  );
}

function SectionView({ section, items }: { section: PlanSection; items: PlanItem[] }) {
  const headingId = useId();
  return (
    <section className="plan-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="plan-section__title">
        {section.title}
      </h2>
      {items.length === 0 ? (
        <p className="muted">Nothing written here yet.</p>
      ) : (
        <ul className="plan-section__items">
          {items.map((item, index) => (
            <ItemLine key={index} item={item} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** The plan to read (and print): each section with its items; numbers are one-tap call links. */
export function PlanView({
  content,
  sections,
}: {
  content: PlanContent;
  sections: readonly PlanSection[];
}) {
  return (
    <div className="plan">
      {sections.map((section) => (
        <SectionView key={section.key} section={section} items={content[section.key] ?? []} />
      ))}
    </div>
  );
}
