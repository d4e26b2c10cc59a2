import type { ApiAnswer, ApiBody } from '../../shared/api/api-paths.ts';

/*
 * The measurement answers the web app reads, named for the screens and taken
 * from the generated API types (apps/server/openapi.json), so they cannot
 * drift from what the server sends.
 */

// Therapist side --------------------------------------------------------------

export type Instrument = ApiAnswer<'get', '/api/instruments'>['instruments'][number];
export type Band = Instrument['bands'][number];
export type BetterDirection = Instrument['betterDirection'];

export type Assignment = ApiAnswer<'get', '/api/clients/{id}/assignments'>['assignments'][number];
export type AssignmentStatus = Assignment['status'];
export type Schedule = Assignment['schedule'];
export type NewAssignment = ApiBody<'post', '/api/clients/{id}/assignments'>;
export type AssignmentChange = ApiBody<'patch', '/api/clients/{id}/assignments/{assignmentId}'>;
export type BulkAssignment = ApiBody<'post', '/api/assignments/bulk'>;

export type ClientMeasures = ApiAnswer<'get', '/api/clients/{id}/measures'>;
export type MeasureSeries = ClientMeasures['measures'][number];
export type SeriesPoint = MeasureSeries['points'][number];
export type ItemSeries = MeasureSeries['items'][number];
export type TalkingTherapiesOutcome = NonNullable<ClientMeasures['talkingTherapies']>;
export type BandRef = NonNullable<SeriesPoint['band']>;
export type ChangeRef = NonNullable<SeriesPoint['change']>;
export type NotOnTrack = NonNullable<MeasureSeries['notOnTrack']>;

/** A measure as it is plotted: the range, the direction that is better, the bands. */
export interface ScaleFacts {
  min: number;
  max: number;
  betterDirection: BetterDirection;
  bands: readonly Band[];
}

// Client side -----------------------------------------------------------------

export type TodoItem = ApiAnswer<'get', '/api/me/measures/todo'>['todo'][number];
export type SubmitAnswers = ApiBody<'post', '/api/me/measures/responses'>;
export type SubmitResult = ApiAnswer<'post', '/api/me/measures/responses'>;
export type SubmittedResponse = SubmitResult['response'];
export type CrisisOnSubmit = NonNullable<SubmitResult['crisis']>;
export type MyMeasure = ApiAnswer<'get', '/api/me/measures'>['measures'][number];
