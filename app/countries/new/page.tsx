import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { listStateOptions } from '@/db/queries/editor';
import { EditorForm } from '@/components/form/editor-form';
import { editorOrSignIn, FormPage } from '@/components/form/form-page';
import { stateFields } from '@/components/form/record-fields';
import { createStateAction } from './actions';

export const metadata: Metadata = { title: 'Add a state or entity' };

export default async function NewStatePage() {
  await connection();
  await editorOrSignIn('/countries/new');
  return (
    <FormPage title="Add a state or entity">
      <EditorForm action={createStateAction} schema="state" spec={{ submitLabel: 'Add it', fields: stateFields(listStateOptions(getDb())) }} />
    </FormPage>
  );
}
