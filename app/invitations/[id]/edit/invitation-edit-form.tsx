'use client';
// Correcting an invitation. Its own module, so that the page ships this form's schema and no other.
import { formFor } from '@/components/form/editor-form';
import { invitationEditSchema } from '@/lib/validation/invitation-edit';

export const InvitationEditForm = formFor(invitationEditSchema);
