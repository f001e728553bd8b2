import type { Storage } from "@hipcheck/storage";

/**
 * Every row of every table, sorted: two dumps are equal exactly when nothing was written in between. The one table
 * left out is the password routes' attempt counts (decision 0290): every attempt at a password route is counted,
 * refused or not, which is their whole point, so "a refused request writes nothing" holds for everything else.
 */
export async function dumpDatabase(storage: Storage): Promise<Record<string, string[]>> {
  const tables = await storage.db.introspection.getTables();
  const dump: Record<string, string[]> = {};
  for (const table of tables.filter(({ name }) => name !== "attempt_counters")) {
    const rows = await storage.db
      .selectFrom(table.name as never)
      .selectAll()
      .execute();
    dump[table.name] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return dump;
}
