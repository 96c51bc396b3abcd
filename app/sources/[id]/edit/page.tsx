import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { getSourceForEdit } from '@/db/queries/editor';
import { editorOrSignIn, FormPage } from '@/components/form/form-page';
import { editFields, sourceFields } from '@/components/form/record-fields';
import { updateSourceAction } from './actions';
import { SourceEditForm } from './source-edit-form';

export const metadata: Metadata = { title: 'Edit a source' };

export default async function EditSourcePage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  if (!/^[1-9]\d{0,11}$/.test(id)) notFound();
  await editorOrSignIn(`/sources/${id}/edit`);
  const source = getSourceForEdit(getDb(), Number(id));
  if (!source) notFound();
  return (
    <FormPage title={`Edit source: ${source.title}`}>
      <SourceEditForm action={updateSourceAction.bind(null, source.id)} spec={{ submitLabel: 'Save', fields: [...sourceFields(source), ...editFields(source.version)] }} />
    </FormPage>
  );
}
