import { DATABASE_DRIVER } from '../config/database-url.js';

/** Column type for instants: SQLite's `datetime` has no PostgreSQL spelling. */
export const TIMESTAMP = DATABASE_DRIVER === 'postgres' ? 'timestamptz' : 'datetime';

/** Column type for file contents. */
export const BYTES = DATABASE_DRIVER === 'postgres' ? 'bytea' : 'blob';
