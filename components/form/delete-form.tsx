'use client';
// Deleting a fact on record. Its own module, so that the page ships this form's schema and no other.
import { formFor } from '@/components/form/editor-form';
import { deleteSchema } from '@/lib/validation/delete';

export const DeleteForm = formFor(deleteSchema);
