import type * as z from 'zod';

/** The issues a schema reports for `value`, as "path: message" lines (empty when it parses). */
export function issuesOf(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}
