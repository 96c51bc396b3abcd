import { expect, test } from '@playwright/test';
import { signInWith, signOut } from './fixtures/auth';
import { newAccount, newOrganization } from './fixtures/data';
import { openE2eDb } from './fixtures/e2e-db';

// Every test makes its own records: they may run on any worker, in any order.
test.describe.configure({ mode: 'parallel' });

test.describe('signing in and out', () => {
  test('an editor signs in through the page, the header shows who, and signs out', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
    await signInWith(page, await newAccount('editor'));
    await expect(page.getByRole('banner')).toContainText('(editor)');
    await expect(page.getByRole('banner').getByRole('link', { name: 'Accounts' })).toHaveCount(0);
    const cookie = (await page.context().cookies()).find((c) => c.name === 'memberline.session_token')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    await signOut(page);
    // The session is gone on the server too: the old cookie no longer signs anyone in.
    await page.context().addCookies([cookie]);
    await page.goto('/');
    await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
  });

  test('a wrong password and an unknown account get the same message', async ({ page }) => {
    const editor = await newAccount('editor');
    const messages: string[] = [];
    for (const email of [editor.email, 'nobody@memberline.test']) {
      await page.goto('/sign-in');
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password').fill('not the right password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      messages.push(await page.getByRole('main').getByRole('alert').innerText());
    }
    expect(messages).toEqual(['Wrong email or password.', 'Wrong email or password.']);
  });

  test('sign-in works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signInWith(page, await newAccount('admin'));
    await context.close();
  });

  test('a reader opening an editor URL is sent to sign in, then back', async ({ page }) => {
    const editor = await newAccount('editor');
    const { slug } = newOrganization();
    await page.goto(`/record/status-change?organization=${slug}`);
    await expect(page).toHaveURL(new RegExp(`/sign-in\\?next=%2Frecord%2Fstatus-change%3Forganization%3D${slug}$`));
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await page.getByLabel('Email').fill(editor.email);
    await page.getByLabel('Password').fill(editor.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(new RegExp(`/record/status-change\\?organization=${slug}$`));
  });

  test('a reader opening the accounts page is sent to sign in; an editor is told it is for admins', async ({ page }) => {
    await page.goto('/admin');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin$/);
    await signInWith(page, await newAccount('editor'), '/admin');
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByText('Only admins manage accounts.')).toBeVisible();
  });

  test('sign-in refuses to send anyone to another site afterwards', async ({ page }) => {
    const editor = await newAccount('editor');
    await page.goto('/sign-in?next=//evil.example/steal');
    await page.getByLabel('Email').fill(editor.email);
    await page.getByLabel('Password').fill(editor.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  });
});

test.describe('accounts page', () => {
  test('an admin creates an editor, who signs in; disabling ends their session at once; re-enabling lets them back', async ({ page, browser }) => {
    const email = `new-editor-${Date.now()}@memberline.test`;
    await signInWith(page, await newAccount('admin'), '/admin');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Name shown on revisions').fill('New Editor');
    await page.getByLabel('First password (at least 12 characters)').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByText('Use at least 12 characters.')).toBeVisible();
    await page.getByLabel('First password (at least 12 characters)').fill('a first password for the editor');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByRole('status')).toContainText(`Created editor ${email}`);

    const editorContext = await browser.newContext();
    const editor = await editorContext.newPage();
    await editor.goto('/sign-in');
    await editor.getByLabel('Email').fill(email);
    await editor.getByLabel('Password').fill('a first password for the editor');
    await editor.getByRole('button', { name: 'Sign in' }).click();
    await expect(editor.getByRole('banner')).toContainText('New Editor');

    await page.reload();
    const row = page.getByRole('listitem', { name: email });
    await expect(row).toContainText('Active · Editor · 1 open session');
    await row.getByRole('button', { name: `Disable ${email}` }).click();
    await expect(page.getByRole('listitem', { name: email })).toContainText('Disabled · Editor · 0 open sessions');

    await editor.reload();
    await expect(editor.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
    await editor.goto('/sign-in');
    await editor.getByLabel('Email').fill(email);
    await editor.getByLabel('Password').fill('a first password for the editor');
    await editor.getByRole('button', { name: 'Sign in' }).click();
    await expect(editor.getByRole('main').getByRole('alert')).toHaveText('This account is disabled. Ask an admin to enable it again.');

    await page.getByRole('listitem', { name: email }).getByRole('button', { name: `Enable ${email}` }).click();
    await expect(page.getByRole('listitem', { name: email })).toContainText('Active · Editor');
    await page.getByRole('listitem', { name: email }).getByLabel(`Role of ${email}`).selectOption('admin');
    await page.getByRole('listitem', { name: email }).getByRole('button', { name: 'Change role' }).click();
    await expect(page.getByRole('listitem', { name: email })).toContainText('Active · Admin');
    await editor.getByLabel('Password').fill('a first password for the editor');
    await editor.getByRole('button', { name: 'Sign in' }).click();
    await expect(editor.getByRole('banner')).toContainText('New Editor (admin)');
    await editorContext.close();

    const kinds = (openE2eDb().prepare("select kind from auth_event where email = ? order by id").all(email) as { kind: string }[]).map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['account-created', 'sign-in', 'account-disabled', 'account-enabled', 'role-changed']));
  });
});
