import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { getStateForEdit, listStateOptions } from '@/db/queries/editor';
import { editorOrSignIn, FormPage } from '@/components/form/form-page';
import { editFields, stateFields } from '@/components/form/record-fields';
import { updateStateAction } from './actions';
import { StateEditForm } from './state-edit-form';

export const metadata: Metadata = { title: 'Edit a state' };

export default async function EditStatePage({ params }: { params: Promise<{ code: string }> }) {
  await connection();
  const { code } = await params;
  await editorOrSignIn(`/countries/${code}/edit`);
  const db = getDb();
  const state = getStateForEdit(db, code);
  if (!state) notFound();
  const successors = listStateOptions(db).filter((o) => o.value !== String(state.id));
  return (
    <FormPage title={`Edit ${state.name}`}>
      <StateEditForm action={updateStateAction.bind(null, state.id)} spec={{ submitLabel: 'Save', fields: [...stateFields(successors, state, state.otherNames), ...editFields(state.version)] }} />
    </FormPage>
  );
}
