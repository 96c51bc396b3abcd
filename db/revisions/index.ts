// Revisions: the record kinds, their snapshots, writing and reverting revisions, and reading the log.
export { RECORD_KINDS, RECORD_KIND_NAMES, isRecordKind, kindNoun, type FactKind, type RecordKind, type RecordRefs } from './registry';
export type { SnapshotCitation } from './children';
export { bumpVersion, deleteRecord, readSnapshot, restoreSnapshot, takeSnapshot, UnreadableSnapshotError, type Snapshot, type StoredSnapshot } from './snapshots';
export { describeChanges, diffSnapshots, type FieldChange } from './diff';
export { mutate, writeRevision, type Actor, type RevisionInput, type Tx } from './write';
export { requireVersion } from './guard';
export { revertRevision } from './revert';
export { deleteFact } from './delete-fact';
export { changesOf, lastRevisionId, listEditors, listRevisions, publishedSnapshot, readRevisions, revisionsAfter, REVISIONS_PAGE_SIZE, type RevisionFilter, type RevisionView } from './read';
export { listRecentRevisions, type RecentRevision, type RevisionCitation } from './recent';
export { PUBLIC_PAGES, touchedPaths, touchedRecords, type TouchedRecords } from './touched';
