import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { listOrganizationOptions } from '@/db/queries/editor';
import { editorOrSignIn, FormPage } from '@/components/form/form-page';
import { organizationFields } from '@/components/form/record-fields';
import { createOrganizationAction } from './actions';
import { OrganizationForm } from './organization-form';

export const metadata: Metadata = { title: 'Add an organization' };

export default async function NewOrganizationPage() {
  await connection();
  await editorOrSignIn('/organizations/new');
  return (
    <FormPage title="Add an organization">
      <OrganizationForm action={createOrganizationAction} spec={{ submitLabel: 'Add the organization', fields: organizationFields(listOrganizationOptions(getDb())) }} />
    </FormPage>
  );
}
