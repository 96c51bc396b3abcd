'use client';
// Correcting a count claim. Its own module, so that the page ships this form's schema and no other.
import { formFor } from '@/components/form/editor-form';
import { countClaimEditSchema } from '@/lib/validation/count-claim-edit';

export const CountClaimEditForm = formFor(countClaimEditSchema);
