import { z } from 'zod';
import { stateFields } from './state-fields';

export const stateSchema = z.object(stateFields);

export type StateFormInput = z.output<typeof stateSchema>;
