import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';
import { AppError } from '../platform/errors.ts';

function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 64 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((v) => containsNul(v, depth + 1));
  if (value instanceof Date || ArrayBuffer.isView(value)) return false;
  for (const key in value) if (containsNul((value as Record<string, unknown>)[key], depth + 1)) return true;
  return false;
}

/**
 * Refuses, with a 400, any query that would store or compare text containing U+0000. PostgreSQL
 * cannot hold that character in text at all (the query fails as a server error), and SQLite
 * keeps it but cuts strings at it in places; either way no reader can want it. Forms, the API
 * and the importer refuse it field by field with their own messages; this is the one place that
 * makes sure nothing else gets through as a 500, on both engines alike.
 */
export class RefuseNulPlugin implements KyselyPlugin {
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (containsNul(args.node)) {
      throw new AppError('bad_request', 'Text cannot contain the NUL character (U+0000).', {}, { key: 'error.nul' });
    }
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}
