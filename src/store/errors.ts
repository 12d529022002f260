/**
 * A store that cannot answer now: a file moved since the snapshot, a database that is unreachable,
 * at a schema version this vanban does not know, or not migrated yet. The answers layer says it as
 * "unavailable" (the CLI: one line, exit 1; the server: 503).
 */
export class StoreError extends Error {
  constructor(
    readonly kind: 'unavailable' | 'schema-version' | 'not-migrated',
    message: string,
    readonly details: Record<string, unknown> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreError';
  }
}
