'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { MutationError } from '@/db/errors';
import { changeRole, createAccount, disableAccount, enableAccount, unlockSignIn } from '@/lib/auth/accounts';
import { requestFacts } from '@/lib/auth/request';
import { requireAdmin } from '@/lib/auth/session';
import { isRole } from '@/lib/auth/roles';
import type { FormState } from '@/lib/forms/form-state';

async function actor() {
  const admin = await requireAdmin();
  return { id: admin.id, ip: requestFacts(await headers()).ip };
}

export async function createAccountAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const by = await actor();
  const values = {
    email: String(formData.get('email') ?? '').slice(0, 1000),
    name: String(formData.get('name') ?? '').slice(0, 1000),
    role: String(formData.get('role') ?? 'editor'),
  };
  const password = String(formData.get('password') ?? '').slice(0, 1000);
  try {
    if (!isRole(values.role)) throw new MutationError('Choose editor or admin.', { role: ['Choose editor or admin.'] });
    await createAccount(getDb(), { ...values, role: values.role, password }, by);
  } catch (error) {
    if (error instanceof MutationError) return { errors: error.fieldErrors, message: error.message, values };
    throw error;
  }
  revalidatePath('/admin');
  return { errors: {}, message: `Created ${values.role} ${values.email.trim().toLowerCase()}. Give them the password in person or by another channel.`, values: {} };
}

type Notice = 'last-admin' | 'self' | 'not-found';

function noticeFor(error: MutationError): Notice {
  if (error.kind === 'forbidden') return 'self';
  if (error.kind === 'not-found') return 'not-found';
  return 'last-admin';
}

async function change(work: (by: { id: string; ip: string }) => void): Promise<void> {
  const by = await actor();
  let notice: string | null = null;
  try {
    work(by);
  } catch (error) {
    if (!(error instanceof MutationError)) throw error;
    notice = noticeFor(error);
  }
  revalidatePath('/admin');
  redirect(notice ? `/admin?notice=${notice}` : '/admin');
}

export async function changeRoleAction(id: string, formData: FormData): Promise<void> {
  const role = String(formData.get('role') ?? '');
  await change((by) => {
    if (!isRole(role)) throw new MutationError('Choose editor or admin.');
    changeRole(getDb(), String(id), role, by);
  });
}

export async function disableAccountAction(id: string): Promise<void> {
  await change((by) => disableAccount(getDb(), String(id), by));
}

export async function enableAccountAction(id: string): Promise<void> {
  await change((by) => enableAccount(getDb(), String(id), by));
}

export async function unlockSignInAction(id: string): Promise<void> {
  await change((by) => void unlockSignIn(getDb(), String(id), by));
}
