import * as z from 'zod';

/** A text field: a string of one character or more, with what it holds. */
export const text = (description: string) => z.string().min(1).describe(description);

/** A text field a record may leave out: null by default. */
export const textOrNull = (description: string) =>
  z.string().min(1).nullable().default(null).describe(description);

/** A list of texts (other names, abbreviations, subjects): empty by default. */
export const texts = (description: string) =>
  z.array(z.string().min(1)).default([]).describe(description);
