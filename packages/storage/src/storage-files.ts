/** Where the embedded database lives unless told otherwise. */
export const DEFAULT_DATA_DIR = "data";
export const DEFAULT_SQLITE_FILENAME = "hipcheck.sqlite";
