import { DummyDriver, Kysely, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler } from 'kysely';
import type { Compilable, Generated } from 'kysely';
import type { Db, Stmt } from './connection';

/**
 * Kysely as a typed query builder only. The store's interface is synchronous (a write and its projections
 * share one better-sqlite3 transaction), and Kysely executes asynchronously, so queries are compiled by Kysely
 * and run by better-sqlite3. Hot paths (append, timeline page, search) use hand-written prepared statements.
 */

export interface StoreTables {
  logs: {
    log_id: string;
    child_name: string;
    birth_date: string;
    national_id: string;
    unit: string;
    level: number;
    holder_id: string;
    holder_name: string;
    holder_unit: string;
    holder_service: string;
    opened_at: string;
    last_activity_at: string;
    entry_count: number;
    closed: number;
  };
  participants: { log_id: string; user_id: string; access: string };
  measures: {
    measure_id: string;
    log_id: string;
    seq: number;
    goal: string;
    responsible_person: string;
    responsible_service: string;
    start_date: string;
    evaluation_date: string;
    ended: number;
  };
  audit: {
    audit_no: Generated<number>;
    at: string;
    actor_id: string;
    actor_name: string;
    log_id: string;
    action: string;
    what: string;
  };
  events: { log_id: string; seq: number; id: string };
}

export const qb = new Kysely<StoreTables>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
});

/** Runs compiled queries on one connection, preparing each distinct SQL text once. */
export class QueryRunner {
  private readonly statements = new Map<string, Stmt>();

  constructor(private readonly db: Db) {}

  all<R>(query: Compilable<R>): R[] {
    const { sql, parameters } = query.compile();
    return this.statement(sql).all(...parameters) as R[];
  }

  get<R>(query: Compilable<R>): R | undefined {
    const { sql, parameters } = query.compile();
    return this.statement(sql).get(...parameters) as R | undefined;
  }

  run(query: Compilable<unknown>): void {
    const { sql, parameters } = query.compile();
    this.statement(sql).run(...parameters);
  }

  private statement(sql: string): Stmt {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}
