import { z } from 'zod';
import { citationsSchema } from './citation';
import { summary } from './fields';

/** More citations for a fact on record. */
export const addCitationSchema = z.object({ citations: citationsSchema, summary });
