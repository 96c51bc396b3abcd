'use client';
// Adding citations to a status change. Its own module, so that the page ships this form's schema and no other.
import { formFor } from '@/components/form/editor-form';
import { addCitationSchema } from '@/lib/validation/add-citation';

export const CitationForm = formFor(addCitationSchema);
