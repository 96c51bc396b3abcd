import type { Metadata } from 'next';
import { connection } from 'next/server';
import { editorOrSignIn, FormPage } from '@/components/form/form-page';
import { ArticleForm } from './article-form';

export const metadata: Metadata = { title: 'Record from an article' };

export default async function RecordFromArticlePage() {
  await connection();
  await editorOrSignIn('/record/from-article');
  return (
    <FormPage
      title="Record from an article"
      intro={<p>Paste a news item: its membership facts come back as candidates, each with the sentence that states it. Keep the right ones, correct any field, and save them together with the article as their source.</p>}
    >
      <ArticleForm />
    </FormPage>
  );
}
