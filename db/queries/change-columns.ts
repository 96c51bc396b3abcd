// What every read of status changes takes: enough for the status derivation, and the note.
import * as t from '../schema';

export const CHANGE_COLUMNS = {
  id: t.statusChanges.id,
  stateId: t.statusChanges.stateId,
  status: t.statusChanges.status,
  date: t.statusChanges.date,
  dateKind: t.statusChanges.dateKind,
};

export type ChangeFields = Pick<t.StatusChange, 'id' | 'stateId' | 'status' | 'date' | 'dateKind' | 'note'>;
