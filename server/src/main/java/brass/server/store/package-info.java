/**
 * Durable storage over JDBC: embedded H2 in the data folder by default, PostgreSQL by URL. A
 * versioned schema migrated at startup; every statement runs on the reactor's worker pool, never
 * on the game loop.
 */
package brass.server.store;
