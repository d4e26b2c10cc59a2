/**
 * Every column that holds sealed free text (field-cipher.ts). Rotation
 * (`tandem keys rotate`) and `tandem keys status` walk this list, so a new
 * sealed column is added here in the same change as its migration; the test
 * beside it checks the list against the database's bytea columns.
 * Each table's rows are named by (practice_id, id): its primary key, like every
 * tenant table (db/tenant-keys.test.ts); the sealed value's additional data
 * names the row's `id` (field-cipher.ts), so an update during rotation filters
 * by both.
 */
export const encryptedColumns = [
  { table: 'check_ins', column: 'note' },
  { table: 'journal_entries', column: 'body' },
  { table: 'living_documents', column: 'content' },
  { table: 'living_document_versions', column: 'content' },
  { table: 'worksheet_entries', column: 'answers' },
  { table: 'skill_practices', column: 'note' },
  { table: 'homework', column: 'note' },
  { table: 'homework', column: 'other_task' },
  { table: 'homework', column: 'answer_note' },
  { table: 'goals', column: 'content' },
  { table: 'goal_scales', column: 'levels' },
  { table: 'client_values', column: 'content' },
  { table: 'exposure_hierarchies', column: 'content' },
  { table: 'exposure_practices', column: 'words' },
  { table: 'activities', column: 'title' },
  { table: 'activities', column: 'after_note' },
  { table: 'session_reviews', column: 'decision' },
  { table: 'client_groups', column: 'name' },
  { table: 'group_member_answers', column: 'content' },
] as const;

export type EncryptedColumn = (typeof encryptedColumns)[number];

export const column = {
  checkInNote: encryptedColumns[0],
  journalBody: encryptedColumns[1],
  livingDocument: encryptedColumns[2],
  livingDocumentVersion: encryptedColumns[3],
  worksheetAnswers: encryptedColumns[4],
  skillPracticeNote: encryptedColumns[5],
} as const;
