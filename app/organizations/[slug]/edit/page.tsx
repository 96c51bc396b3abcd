import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { getOrganizationForEdit, listOrganizationOptions } from '@/db/queries/editor';
import { editorOrSignIn, FormPage } from '@/components/form/form-page';
import { editFields, organizationFields } from '@/components/form/record-fields';
import { updateOrganizationAction } from './actions';
import { OrganizationEditForm } from './organization-edit-form';

export const metadata: Metadata = { title: 'Edit an organization' };

export default async function EditOrganizationPage({ params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const { slug } = await params;
  await editorOrSignIn(`/organizations/${slug}/edit`);
  const db = getDb();
  const org = getOrganizationForEdit(db, slug);
  if (!org) notFound();
  const parents = listOrganizationOptions(db).filter((o) => o.value !== String(org.id));
  const formerNames = org.formerNames.map((n) => ({ name: n.name, acronym: n.acronym ?? '', ended: n.ended ?? '' }));
  return (
    <FormPage title={`Edit ${org.acronym}`}>
      <OrganizationEditForm
        action={updateOrganizationAction.bind(null, org.id)}
        spec={{ submitLabel: 'Save', fields: [...organizationFields(parents, org, formerNames), ...editFields(org.version)] }}
      />
    </FormPage>
  );
}
