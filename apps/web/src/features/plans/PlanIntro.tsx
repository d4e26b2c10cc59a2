import type { PlanKind, PlanSection } from './plan-types.ts';

/**
 * What the plan is, in plain words, for a plan not written yet. The safety
 * plan follows the Stanley–Brown steps (the section titles come from the server).
 */
export function PlanIntro({
  kind,
  sections,
  forClient,
}: {
  kind: PlanKind;
  sections: readonly PlanSection[];
  forClient: boolean;
}) {
  return (
    <div className="empty-state plan-intro">
      {kind === 'safety-plan' ? (
        <>
          <h2>What is a safety plan?</h2>
          <p>
            A safety plan is a short list, in your own words, to turn to when things get very hard
            or you have thoughts of ending your life. You work it out while you feel steady enough
            to think it through, so that in a difficult moment you do not have to.
          </p>
          <p>It goes step by step, from what you can do on your own to who can help:</p>
        </>
      ) : (
        <>
          <h2>What is a coping plan?</h2>
          <p>
            A coping plan lists what tends to set off a hard time, how you notice it starting, and
            what helps you through it. It is there to remind you when it is hard to remember.
          </p>
        </>
      )}
      <ol className="plan-intro__steps">
        {sections.map((section) => (
          <li key={section.key}>{section.title}</li>
        ))}
      </ol>
      <p>
        {forClient
          ? 'You make it together with your therapist, usually in a session. You can both change it later; every change is kept, with who made it and when.'
          : 'It is made together with the client, usually in a session. You and the client can both change it; every change is kept, with who made it and when.'}
      </p>
      {kind === 'safety-plan' && forClient && (
        <p>
          <strong>If you are in danger now, do not wait: use the crisis help on this page.</strong>
        </p>
      )}
    </div>
  );
}
