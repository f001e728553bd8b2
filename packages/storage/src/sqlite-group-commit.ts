/**
 * Group commit for a SQLite file (decision 0410). With `synchronous=FULL`, every COMMIT waits for the disk to
 * confirm the write-ahead log (one fsync), so one transaction per request caps writes at the disk's fsync rate,
 * whatever SQLite itself could do. Here the writes of several requests share one transaction and one fsync:
 *
 * - Every write (a Kysely transaction, or one statement outside a transaction) takes the single write connection
 *   in turn and runs inside its own SAVEPOINT of the open batch (`BEGIN IMMEDIATE` when none is open). A write
 *   that fails rolls back to its savepoint alone and gets its own error; the others stay in the batch.
 * - The batch commits once the event loop has run what was ready when it opened (a `setImmediate`), or as soon
 *   as it holds `maxBatch` writes, and only then is each of its writes acknowledged: a write's promise resolves
 *   after the COMMIT that holds it, so a crash before that COMMIT loses only writes nobody was told were kept.
 * - Reads outside a transaction go to a second connection on the same file, which sees what is committed and
 *   never waits for the batch (WAL lets readers run beside the writer: https://www.sqlite.org/wal.html).
 *   Reads inside a transaction run on the write connection and see the batch so far, as a transaction must.
 * - A long transaction (an import of thousands of entries) lets the event loop turn between its statements once it
 *   has held the loop for `TRANSACTION_MS_PER_TURN` (decision 0740): better-sqlite3 answers at once, so without it
 *   every other request (reads, health checks) would wait for the whole transaction. The write connection stays
 *   held meanwhile, so other writes still wait for it, as they always did.
 */
import type SQLite from "better-sqlite3";
import {
  CompiledQuery,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
} from "kysely";

/**
 * What the writer has done since it opened: `writes` kept in `commits` transactions (the bench prints both), and
 * `rolledBackAlone` writes that failed and were undone by themselves while their batch went on.
 */
export type GroupCommitStats = {
  readonly commits: number;
  readonly writes: number;
  readonly rolledBackAlone: number;
};

/** Told of each commit as it happens, for `/metrics` (decision 0501). */
export type GroupCommitWatcher = {
  /** A batch of `writes` writes was committed with one fsync. */
  committed(writes: number): void;
  /** A write failed and was rolled back to its savepoint alone. */
  rolledBackAlone(): void;
};

export type GroupCommitOptions = {
  /** The write connection: WAL, `synchronous=FULL`, foreign keys on. */
  readonly writer: SQLite.Database;
  /** A second connection to the same file, for reads outside transactions. */
  readonly reader: SQLite.Database;
  /** A batch commits at once when it holds this many writes. Default 256. */
  readonly maxBatch?: number;
};

const SAVEPOINT = "hipcheck_write";

/**
 * How long a transaction holds the event loop before it lets it turn (decision 0740): the exports' budget
 * (decision 0673). A session log's whole transaction takes about a millisecond and never reaches it.
 */
export const TRANSACTION_MS_PER_TURN = 8;
const DEFAULT_MAX_BATCH = 256;

/** One open transaction on the write connection and the promise its writes wait on. */
type Batch = {
  writes: number;
  readonly committed: Promise<void>;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
};

function newBatch(): Batch {
  let resolve: () => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const committed = new Promise<void>((resolveCommit, rejectCommit) => {
    resolve = resolveCommit;
    reject = rejectCommit;
  });
  // Each write awaits this promise itself; a batch whose writes all failed has nobody waiting on it.
  committed.catch(() => undefined);
  return { writes: 0, committed, resolve, reject };
}

/** The write connection, taken by one write at a time, and the batch its writes accumulate in. */
export class GroupCommitWriter {
  readonly #db: SQLite.Database;
  readonly #maxBatch: number;
  #held = false;
  readonly #waiting: (() => void)[] = [];
  #batch: Batch | undefined;
  #commitWhenFree = false;
  #commits = 0;
  #writes = 0;
  #rolledBackAlone = 0;
  readonly #watchers = new Set<GroupCommitWatcher>();

  constructor(db: SQLite.Database, maxBatch: number) {
    this.#db = db;
    this.#maxBatch = maxBatch;
  }

  get db(): SQLite.Database {
    return this.#db;
  }

  stats(): GroupCommitStats {
    return { commits: this.#commits, writes: this.#writes, rolledBackAlone: this.#rolledBackAlone };
  }

  /** `watcher` is told of every commit and lone rollback from now on; the returned function stops that. */
  watch(watcher: GroupCommitWatcher): () => void {
    this.#watchers.add(watcher);
    return () => {
      this.#watchers.delete(watcher);
    };
  }

  /** Waits for the write connection, then opens this write's savepoint (and the batch, when none is open). */
  async begin(): Promise<Batch> {
    if (this.#held) {
      await new Promise<void>((resolve) => {
        this.#waiting.push(resolve);
      });
    }
    // Either the connection was free, or its last holder handed it over: this write holds it now.
    this.#held = true;
    try {
      if (this.#batch === undefined) {
        this.#db.exec("BEGIN IMMEDIATE");
        this.#batch = newBatch();
        setImmediate(() => {
          this.#commitSoon();
        });
      }
      this.#db.exec(`SAVEPOINT ${SAVEPOINT}`);
      return this.#batch;
    } catch (error) {
      this.#handOver();
      throw error;
    }
  }

  /** The write is whole: it joins the batch; resolves once the batch is committed (rejects if that fails). */
  async keep(batch: Batch): Promise<void> {
    try {
      this.#db.exec(`RELEASE ${SAVEPOINT}`);
      batch.writes += 1;
      this.#writes += 1;
    } catch (error) {
      this.drop(error);
      throw error;
    }
    this.#handOver();
    await batch.committed;
  }

  /** The write failed: only its own changes are undone, and the connection goes to the next write. */
  drop(cause: unknown): void {
    if (this.#db.inTransaction) {
      this.#db.exec(`ROLLBACK TO ${SAVEPOINT}`);
      this.#db.exec(`RELEASE ${SAVEPOINT}`);
      this.#rolledBackAlone += 1;
      for (const watcher of this.#watchers) watcher.rolledBackAlone();
    } else if (this.#batch !== undefined) {
      // Some errors (disk full, I/O) make SQLite roll back the whole transaction: the batch's writes are lost,
      // and each of them is told so rather than acknowledged.
      this.#batch.reject(cause);
      this.#batch = undefined;
    }
    this.#handOver();
  }

  /** Commits the open batch once nothing holds the connection; resolves when it is committed (or there was none). */
  async flush(): Promise<void> {
    const batch = this.#batch;
    if (batch === undefined) return;
    if (this.#held) {
      this.#commitWhenFree = true;
      await batch.committed.catch(() => undefined);
      return;
    }
    this.#commit();
  }

  #commitSoon(): void {
    if (this.#batch === undefined) return;
    if (this.#held) this.#commitWhenFree = true;
    else this.#commit();
  }

  #handOver(): void {
    if (this.#batch !== undefined && (this.#commitWhenFree || this.#batch.writes >= this.#maxBatch)) {
      this.#commit();
    }
    const next = this.#waiting.shift();
    if (next === undefined) this.#held = false;
    else next();
  }

  #commit(): void {
    const batch = this.#batch;
    this.#batch = undefined;
    this.#commitWhenFree = false;
    if (batch === undefined) return;
    try {
      this.#db.exec("COMMIT");
      this.#commits += 1;
      for (const watcher of this.#watchers) watcher.committed(batch.writes);
      batch.resolve();
    } catch (error) {
      if (this.#db.inTransaction) this.#db.exec("ROLLBACK");
      batch.reject(error);
    }
  }
}

/** Statements kept per connection: the same few queries run on every request, and preparing them costs more than running them. */
const STATEMENT_CACHE_SIZE = 256;
const statementCaches = new WeakMap<SQLite.Database, Map<string, SQLite.Statement>>();

/** `db.prepare(sql)`, once per connection and text; only for statements run to completion at once (not iterated). */
function prepared(db: SQLite.Database, text: string): SQLite.Statement {
  let cache = statementCaches.get(db);
  if (cache === undefined) {
    cache = new Map();
    statementCaches.set(db, cache);
  }
  const known = cache.get(text);
  if (known !== undefined) return known;
  const statement = db.prepare(text);
  // Queries built with a varying number of terms could fill it without end: start again when it is full.
  if (cache.size >= STATEMENT_CACHE_SIZE) cache.clear();
  cache.set(text, statement);
  return statement;
}

function run(db: SQLite.Database, compiledQuery: CompiledQuery): QueryResult<unknown> {
  return runPrepared(prepared(db, compiledQuery.sql), compiledQuery.parameters);
}

function runPrepared(statement: SQLite.Statement, parameters: readonly unknown[]): QueryResult<unknown> {
  if (statement.reader) return { rows: statement.all(parameters) };
  const { changes, lastInsertRowid } = statement.run(parameters);
  return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
}

/**
 * One Kysely connection: a handle over the two SQLite connections. Inside a transaction everything runs on the
 * writer; outside, a statement that reads only goes to the reader and any other is a write of its own.
 */
class GroupCommitConnection implements DatabaseConnection {
  readonly #writer: GroupCommitWriter;
  readonly #reader: SQLite.Database;
  #batch: Batch | undefined;
  /** When this connection's transaction began or last let the loop turn (`performance.now()`). */
  #heldSinceMs = 0;

  constructor(writer: GroupCommitWriter, reader: SQLite.Database) {
    this.#writer = writer;
    this.#reader = reader;
  }

  async begin(): Promise<void> {
    this.#batch = await this.#writer.begin();
    this.#heldSinceMs = performance.now();
  }

  async commit(): Promise<void> {
    const batch = this.#batch;
    if (batch === undefined) return;
    this.#batch = undefined;
    await this.#writer.keep(batch);
  }

  rollback(): void {
    if (this.#batch === undefined) return;
    this.#batch = undefined;
    this.#writer.drop(new Error("transaction rolled back"));
  }

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    if (this.#batch !== undefined) {
      if (performance.now() - this.#heldSinceMs >= TRANSACTION_MS_PER_TURN) {
        // Whoever else is waiting for the loop gets it before this transaction goes on.
        await new Promise<void>((resolve) => setImmediate(resolve));
        this.#heldSinceMs = performance.now();
      }
      return run(this.#writer.db, compiledQuery) as QueryResult<R>;
    }
    const statement = prepared(this.#reader, compiledQuery.sql);
    if (statement.readonly) return runPrepared(statement, compiledQuery.parameters) as QueryResult<R>;
    const batch = await this.#writer.begin();
    let result: QueryResult<unknown>;
    try {
      result = run(this.#writer.db, compiledQuery);
    } catch (error) {
      this.#writer.drop(error);
      throw error;
    }
    await this.#writer.keep(batch);
    return result as QueryResult<R>;
  }

  streamQuery<R>(compiledQuery: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    const db = this.#batch === undefined ? this.#reader : this.#writer.db;
    const statement = db.prepare(compiledQuery.sql);
    if (!statement.readonly || !statement.reader) {
      throw new Error("only reading statements can be streamed");
    }
    const rows = statement.iterate(compiledQuery.parameters);
    const stream: AsyncIterableIterator<QueryResult<R>> = {
      next: () => {
        const row = rows.next();
        return Promise.resolve(
          row.done === true
            ? { done: true, value: undefined }
            : { done: false, value: { rows: [row.value as R] } },
        );
      },
      return: () => {
        rows.return?.();
        return Promise.resolve({ done: true, value: undefined });
      },
      [Symbol.asyncIterator]: () => stream,
    };
    return stream;
  }
}

function handleOf(connection: DatabaseConnection): GroupCommitConnection {
  if (!(connection instanceof GroupCommitConnection)) throw new Error("not a group-commit connection");
  return connection;
}

class GroupCommitDriver implements Driver {
  readonly #writer: GroupCommitWriter;
  readonly #reader: SQLite.Database;

  constructor(writer: GroupCommitWriter, reader: SQLite.Database) {
    this.#writer = writer;
    this.#reader = reader;
  }

  async init(): Promise<void> {
    // Both connections are open already.
  }

  acquireConnection(): Promise<DatabaseConnection> {
    return Promise.resolve(new GroupCommitConnection(this.#writer, this.#reader));
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await handleOf(connection).begin();
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await handleOf(connection).commit();
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    handleOf(connection).rollback();
    return Promise.resolve();
  }

  async savepoint(connection: DatabaseConnection, savepointName: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`savepoint "${savepointName}"`));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, savepointName: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`rollback to "${savepointName}"`));
  }

  async releaseSavepoint(connection: DatabaseConnection, savepointName: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`release "${savepointName}"`));
  }

  async releaseConnection(): Promise<void> {
    // Handles are cheap and hold nothing once their transaction has ended.
  }

  async destroy(): Promise<void> {
    await this.#writer.flush();
    this.#reader.close();
    this.#writer.db.close();
  }
}

/** A Kysely dialect for one SQLite file whose writes are committed in groups; `stats` reads the writer's counts. */
export function groupCommitDialect(options: GroupCommitOptions): {
  readonly dialect: Dialect;
  readonly stats: () => GroupCommitStats;
  readonly watch: (watcher: GroupCommitWatcher) => () => void;
} {
  options.reader.pragma("query_only = ON");
  // Each write's savepoint keeps the first image of every page it changes, so that it can be undone alone. By
  // default SQLite keeps 64 KiB of that in memory and spills the rest to a temporary file: a session log changes
  // about twenty existing pages (its indexes' leaves), so every write wrote and then threw away some 64 kB through
  // 30 write calls (decision 0760). In memory, the journal lives only until the savepoint is released.
  options.writer.pragma("temp_store = MEMORY");
  const writer = new GroupCommitWriter(options.writer, options.maxBatch ?? DEFAULT_MAX_BATCH);
  const dialect: Dialect = {
    createAdapter: (): DialectAdapter => new SqliteAdapter(),
    createDriver: (): Driver => new GroupCommitDriver(writer, options.reader),
    createIntrospector: (db: Kysely<unknown>): DatabaseIntrospector => new SqliteIntrospector(db),
    createQueryCompiler: (): QueryCompiler => new SqliteQueryCompiler(),
  };
  return { dialect, stats: () => writer.stats(), watch: (watcher) => writer.watch(watcher) };
}
