/**
 * Operator settings: the defaults, {@code brass.yaml}, and command-line flags merged into one
 * {@link brass.server.config.ServerConfig}, with errors that name the file, line and column.
 */
package brass.server.config;
