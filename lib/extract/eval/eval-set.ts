// The evaluation articles: real published text, each with the facts it states, written by hand.
import fs from 'node:fs';
import path from 'node:path';
import type { Lang } from '../types';
import type { ExpectedFact } from './score';

export type EvalArticle = {
  file: string;
  url: string;
  title: string | null;
  publisher: string;
  published: string;
  lang: Lang;
  split: 'dev' | 'held-out' | 'unseen';
  text: string;
  facts: ExpectedFact[];
};

export const ARTICLES_DIR = path.join(process.cwd(), 'lib', 'extract', 'eval', 'articles');

export function loadEvalArticles(dir = ARTICLES_DIR): EvalArticle[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, ...(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Omit<EvalArticle, 'file'>) }));
}
