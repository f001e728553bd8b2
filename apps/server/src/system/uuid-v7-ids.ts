import type { IdGenerator } from "@hipcheck/application";
import { v7 } from "uuid";

/** UUIDv7 (RFC 9562): unique, and sortable by creation time, which keeps database indexes compact. */
export const uuidV7Ids: IdGenerator = { newId: () => v7() };
