/**
 * Benchmarks, kept out of the test run: JMH microbenchmarks of the engine and load runs on the
 * real game loop. Figures and commands are in docs/BENCHMARKS.md.
 */
package brass.bench;
