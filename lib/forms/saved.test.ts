// A successful save answers with an address: to the page's script in the form state, to a plain
// form post (no JavaScript) as a redirect.
import { describe, expect, it, vi } from 'vitest';
import { answerSaved } from './saved';

const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock('next/headers', () => ({ headers: async () => request.headers }));
vi.mock('next/navigation', () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error('NEXT_REDIRECT'), { digest: `NEXT_REDIRECT;push;${to};303;` });
  },
}));

describe('answerSaved', () => {
  it('gives the script the address, with what was typed', async () => {
    request.headers = new Headers({ 'Next-Action': '40abc' });
    const state = await answerSaved('/organizations/oic?recorded=status-change&id=7', { note: 'typed' });
    expect(state).toEqual({ errors: {}, message: null, values: { note: 'typed' }, redirectTo: '/organizations/oic?recorded=status-change&id=7' });
  });

  it('redirects a form posted without JavaScript', async () => {
    request.headers = new Headers({ 'Content-Type': 'multipart/form-data; boundary=x' });
    await expect(answerSaved('/countries/fra', {})).rejects.toMatchObject({ digest: 'NEXT_REDIRECT;push;/countries/fra;303;' });
  });
});
