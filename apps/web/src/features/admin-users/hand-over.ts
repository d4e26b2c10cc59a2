import { statusLabel } from '../../shared/format/status-label.ts';
import type { ClientSummary } from '../caseload/caseload-api.ts';

type CareTeamClient = Pick<ClientSummary, 'displayName' | 'status' | 'therapists'>;

/** The clients whose care team includes this therapist (archived ones too: they may return). */
export function clientsOfTherapist<C extends CareTeamClient>(
  clients: readonly C[],
  therapistId: string,
): C[] {
  return clients.filter((client) => client.therapists.some((t) => t.id === therapistId));
}

/**
 * Whether some client would be left with nobody: then another therapist must
 * take over (the server refuses otherwise, CLIENTS_NEED_THERAPIST). When every
 * client has another therapist too, choosing one is optional.
 */
export function someoneMustTakeOver(clients: readonly CareTeamClient[], therapistId: string) {
  return clients.some((client) => client.therapists.every((t) => t.id === therapistId));
}

/** A client's name as the hand-over lists it: "Kai", or "Kai (Archived)". */
export function clientListName(client: Pick<ClientSummary, 'displayName' | 'status'>): string {
  return client.status === 'active'
    ? client.displayName
    : `${client.displayName} (${statusLabel(client.status)})`;
}

/** The empty choice of the "who takes over" select. */
export function noSuccessorLabel(mustTakeOver: boolean): string {
  return mustTakeOver ? 'Choose a therapist' : 'No one: each client keeps their other therapists';
}
