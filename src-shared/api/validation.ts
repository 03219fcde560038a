import type { z } from 'zod';
import { StafettError, type FieldProblem } from '../domain/errors';
import { FIELD_PROBLEMS } from '../i18n/errors';

/** Turns zod issues into field problems whose `problem` is always a known message key. */
export function fieldProblems(error: z.ZodError): FieldProblem[] {
  const known = FIELD_PROBLEMS.nb;
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...issue.path, key].join('.'), problem: 'unknownField' }));
    }
    const problem = issue.message in known ? issue.message : 'invalid';
    return [{ path: issue.path.map(String).join('.'), problem }];
  });
}

/** Parses input with a schema, or throws a typed validation error. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new StafettError('validation', { fields: fieldProblems(result.error) });
}
