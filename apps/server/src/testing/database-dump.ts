import type { Storage } from "@hipcheck/storage";

/** Every row of every table, sorted: two dumps are equal exactly when nothing was written in between. */
export async function dumpDatabase(storage: Storage): Promise<Record<string, string[]>> {
  const tables = await storage.db.introspection.getTables();
  const dump: Record<string, string[]> = {};
  for (const table of tables) {
    const rows = await storage.db
      .selectFrom(table.name as never)
      .selectAll()
      .execute();
    dump[table.name] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return dump;
}
