import { z } from 'zod';
import { sourceFields } from './source-fields';

export const sourceSchema = z.object(sourceFields);

export type SourceFormInput = z.output<typeof sourceSchema>;
