'use client';
// Reverting a revision. Its own module, so that the page ships this form's schema and no other.
import { formFor } from '@/components/form/editor-form';
import { revertSchema } from '@/lib/validation/revert';

export const RevertForm = formFor(revertSchema);
