import { z } from 'zod';
import { summary } from './fields';

/** Reverting a revision: an optional word on why. */
export const revertSchema = z.object({ summary });
