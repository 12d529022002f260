import type { z } from 'zod';

/**
 * Why a question has no answer. The CLI turns each kind into its exit code and one line on stderr;
 * the server into a status (bad-parameter 400, not-found 404, ambiguous 409, unavailable 503), so
 * both say the same thing in their own terms.
 */
export type AnswerErrorKind = 'bad-parameter' | 'not-found' | 'ambiguous' | 'unavailable';

export class AnswerError extends Error {
  constructor(
    readonly kind: AnswerErrorKind,
    message: string,
    /** machine-readable detail: the parameter and value refused, the candidates of an ambiguous reference */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AnswerError';
  }
}

/**
 * A parameter refused: `param` is the name both sides know it by (the CLI prints `--param`, the
 * API `param`), `value` what was given (omitted from the message when undefined), `reason` what it
 * accepts or why it cannot be used.
 */
export class ParameterError extends AnswerError {
  constructor(
    readonly param: string,
    readonly value: unknown,
    readonly reason: string,
  ) {
    super('bad-parameter', `${param}${describeValue(value)}: ${reason}`, { parameter: param, ...(value === undefined ? {} : { value }) });
    this.name = 'ParameterError';
  }

  /** The message with the parameter written as a CLI flag (`--within "x": …`). */
  asFlag(): string {
    return `--${this.param.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}${describeValue(this.value)}: ${this.reason}`;
  }
}

const describeValue = (value: unknown): string => (value === undefined || typeof value === 'boolean' ? '' : ` ${JSON.stringify(value)}`);

/**
 * Parse `input` with `schema`; a refusal is a ParameterError naming the first parameter refused,
 * its value and what it accepts, worded as the CLI words a refused flag.
 */
export function parseParams<S extends z.ZodType>(schema: S, input: Record<string, unknown>): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0] as z.core.$ZodIssue;
  if (issue.code === 'unrecognized_keys') throw new ParameterError(issue.keys[0] ?? '', undefined, 'unknown parameter');
  const key = String(issue.path[0] ?? '');
  const value = input[key];
  const reason =
    value === undefined
      ? 'required'
      : issue.code === 'invalid_value' && 'values' in issue
        ? `expected one of ${issue.values.join(', ')}`
        : issue.code === 'invalid_type'
          ? `expected one ${issue.expected}${Array.isArray(value) ? ' (the parameter given more than once)' : ''}`
          : `expected ${issue.message}`;
  throw new ParameterError(key, value, reason);
}
