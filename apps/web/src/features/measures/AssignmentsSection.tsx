import { useId, useState } from 'react';
import { Button } from '../../shared/ui/Button.tsx';
import { Dialog } from '../../shared/ui/Dialog.tsx';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { StatusMessage } from '../../shared/ui/StatusMessage.tsx';
import { VisuallyHidden } from '../../shared/ui/VisuallyHidden.tsx';
import { AssignMeasureForm } from './AssignMeasureForm.tsx';
import { AssignmentActionDialog } from './AssignmentActionDialog.tsx';
import type { PendingAssignmentAction } from './AssignmentActionDialog.tsx';
import { AssignmentTable } from './AssignmentTable.tsx';
import { actionsFor, actionWording, scheduleText } from './assignment-wording.ts';
import { useAssignments, useInstruments } from './therapist-measures-api.ts';

interface AssignmentsSectionProps {
  clientId: string;
  clientName: string;
  /** Supervisors see the assignments without changing them. */
  readOnly: boolean;
}

/** The client's assignments, with assign, pause, resume and stop for their therapist. */
export function AssignmentsSection({ clientId, clientName, readOnly }: AssignmentsSectionProps) {
  const headingId = useId();
  const assignments = useAssignments(clientId);
  const instruments = useInstruments();
  const [assigning, setAssigning] = useState(false);
  const [pending, setPending] = useState<PendingAssignmentAction | null>(null);
  const [notice, setNotice] = useState('');

  return (
    // No aria-labelledby: the table region inside already carries this name.
    <section className="section">
      <div className="section-heading">
        <h2 id={headingId}>Assigned measures</h2>
        {!readOnly && <Button onClick={() => setAssigning(true)}>Assign a measure</Button>}
      </div>
      <StatusMessage>{notice}</StatusMessage>
      {assignments.isPending && <LoadingState />}
      {assignments.isError && (
        <QueryError error={assignments.error} onRetry={() => void assignments.refetch()} />
      )}
      {assignments.data &&
        (assignments.data.assignments.length === 0 ? (
          <p className="empty-state">
            {readOnly
              ? 'No measures are assigned.'
              : `No measures yet. Choose “Assign a measure” to send one to ${clientName}, once or on a schedule.`}
          </p>
        ) : (
          <AssignmentTable
            assignments={assignments.data.assignments}
            labelledBy={headingId}
            {...(readOnly
              ? {}
              : {
                  actions: (assignment) =>
                    actionsFor(assignment.status).map((action) => (
                      <Button
                        key={action}
                        variant="secondary"
                        className="button--small"
                        onClick={() => setPending({ assignment, action })}
                      >
                        {actionWording[action].label}
                        <VisuallyHidden> {assignment.shortTitle}</VisuallyHidden>
                      </Button>
                    )),
                })}
          />
        ))}
      {!readOnly && (
        <>
          <Dialog
            open={assigning}
            title={`Assign a measure to ${clientName}`}
            onClose={() => setAssigning(false)}
          >
            {(instruments.isPending || assignments.isPending) && <LoadingState />}
            {instruments.isError && (
              <QueryError error={instruments.error} onRetry={() => void instruments.refetch()} />
            )}
            {/* The form waits for the client's today from the server: this device's date can
                be a day ahead of or behind the client's calendar. */}
            {instruments.data && assignments.data && (
              <AssignMeasureForm
                clientId={clientId}
                clientToday={assignments.data.today}
                instruments={instruments.data.instruments}
                onCancel={() => setAssigning(false)}
                onAssigned={(assignment) => {
                  setAssigning(false);
                  setNotice(
                    `${assignment.shortTitle} is assigned: ${scheduleText(assignment.schedule).toLowerCase()}.`,
                  );
                }}
              />
            )}
          </Dialog>
          <AssignmentActionDialog
            clientId={clientId}
            pending={pending}
            onClose={() => setPending(null)}
            onDone={(done) => {
              setPending(null);
              setNotice(actionWording[done.action].done(done.assignment.shortTitle));
            }}
          />
        </>
      )}
    </section>
  );
}
