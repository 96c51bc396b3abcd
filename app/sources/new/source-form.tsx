'use client';
// Adding a source. Its own module, so that the page ships this form's schema and no other.
import { formFor } from '@/components/form/editor-form';
import { sourceSchema } from '@/lib/validation/source';

export const SourceForm = formFor(sourceSchema);
