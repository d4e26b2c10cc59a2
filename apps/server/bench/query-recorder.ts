import {
  PostgresQueryCompiler,
  type CompiledQuery,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';

/**
 * A Kysely plugin that, while recording, keeps the SQL and parameters of
 * every statement the app runs (Kysely builders and `sql` templates alike),
 * so the benchmark can EXPLAIN exactly what one request executed. It changes
 * nothing; when not recording it only returns what it was given.
 */
export class QueryRecorder implements KyselyPlugin {
  readonly #compiler = new PostgresQueryCompiler();
  #recorded: CompiledQuery[] | null = null;

  start(): void {
    this.#recorded = [];
  }

  stop(): CompiledQuery[] {
    const recorded = this.#recorded ?? [];
    this.#recorded = null;
    return recorded;
  }

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.#recorded?.push(this.#compiler.compileQuery(args.node, args.queryId));
    return args.node;
  }

  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(args.result);
  }
}
