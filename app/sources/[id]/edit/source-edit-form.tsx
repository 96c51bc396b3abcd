'use client';
// Editing a source. Its own module, so that the page ships this form's schema and no other.
import { formFor } from '@/components/form/editor-form';
import { sourceEditSchema } from '@/lib/validation/source-edit';

export const SourceEditForm = formFor(sourceEditSchema);
