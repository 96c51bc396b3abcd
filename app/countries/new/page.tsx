import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { listStateOptions } from '@/db/queries/editor';
import { editorOrSignIn, FormPage } from '@/components/form/form-page';
import { stateFields } from '@/components/form/record-fields';
import { createStateAction } from './actions';
import { StateForm } from './state-form';

export const metadata: Metadata = { title: 'Add a state or entity' };

export default async function NewStatePage() {
  await connection();
  await editorOrSignIn('/countries/new');
  return (
    <FormPage title="Add a state or entity">
      <StateForm action={createStateAction} spec={{ submitLabel: 'Add it', fields: stateFields(listStateOptions(getDb())) }} />
    </FormPage>
  );
}
