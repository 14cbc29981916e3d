/**
 * The command line ({@code bin/brass}): picocli commands for running the server and for the
 * world-builder's and operator's tools.
 */
package brass.server.cli;
