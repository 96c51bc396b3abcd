// Checked by `tsc --noEmit`, never run: a form's field names are the inputs its schema reads.
import type { ComponentProps } from 'react';
import type { StatusChangeForm } from '@/app/record/status-change/status-change-form';
import type { FormSpec } from './spec';
import type { organizationSchema } from '@/lib/validation/organization';

type StatusChangeSpec = ComponentProps<typeof StatusChangeForm>['spec'];

export const named: StatusChangeSpec = {
  submitLabel: 'Record the change',
  fields: [
    { kind: 'select', name: 'organizationId', label: 'Organization', options: [] },
    { kind: 'group', name: 'citations', legend: 'Citation', addLabel: 'Add', fields: [{ kind: 'textarea', name: 'quote', label: 'Quote' }] },
  ],
};

export const renamed: StatusChangeSpec = {
  submitLabel: 'Record the change',
  // @ts-expect-error the schema reads `organizationId`: a renamed field would never be read
  fields: [{ kind: 'select', name: 'organisationId', label: 'Organization', options: [] }],
};

export const rowRenamed: StatusChangeSpec = {
  submitLabel: 'Record the change',
  // @ts-expect-error a citation row has a `quote`, not a `quotation`
  fields: [{ kind: 'group', name: 'citations', legend: 'Citation', addLabel: 'Add', fields: [{ kind: 'textarea', name: 'quotation', label: 'Quote' }] }],
};

export const otherForm: FormSpec<typeof organizationSchema> = {
  submitLabel: 'Add the organization',
  // @ts-expect-error `stateId` belongs to other forms, not to the organization form
  fields: [{ kind: 'select', name: 'stateId', label: 'State', options: [] }],
};
