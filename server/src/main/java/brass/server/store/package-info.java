/**
 * Durable storage over JDBC: embedded H2 in the data folder by default, PostgreSQL by URL. A
 * versioned schema migrated at startup; every statement runs on the reactor's worker pool, never
 * on the game loop. The pool outlives the database's faults (a full disk makes H2 close the
 * database; the pool opens it again), {@link brass.server.store.StoreFaults} says what a failure
 * means, and {@link brass.server.store.DataFolder} refuses a data folder that cannot be written
 * before anything is opened in it.
 */
package brass.server.store;
