import { z } from 'zod';
import { summary, version } from './fields';
import { stateFields } from './state-fields';

export const stateEditSchema = z.object({ ...stateFields, version, summary });

export type StateEditInput = z.output<typeof stateEditSchema>;
