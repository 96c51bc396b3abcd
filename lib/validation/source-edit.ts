import { z } from 'zod';
import { summary, version } from './fields';
import { sourceFields } from './source-fields';

export const sourceEditSchema = z.object({ ...sourceFields, version, summary });
