import type { Metadata } from 'next';
import { connection } from 'next/server';
import { editorOrSignIn, FormPage } from '@/components/form/form-page';
import { sourceFields } from '@/components/form/record-fields';
import { createSourceAction } from './actions';
import { SourceForm } from './source-form';

export const metadata: Metadata = { title: 'Add a source' };

export default async function NewSourcePage() {
  await connection();
  await editorOrSignIn('/sources/new');
  return (
    <FormPage title="Add a source">
      <SourceForm action={createSourceAction} spec={{ submitLabel: 'Add the source', fields: sourceFields() }} />
    </FormPage>
  );
}
