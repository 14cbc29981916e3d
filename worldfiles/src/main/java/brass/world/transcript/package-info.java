/**
 * Transcript tests: a world-builder writes what players type and what they should read, and
 * {@link brass.world.transcript.TranscriptRunner} plays it against a freshly built world on a
 * manual clock with a seeded random generator, so the same transcript gives the same result on
 * every machine. This is what {@code bin/brass test WORLD} runs, and how the project tests its
 * own default world.
 *
 * <p>The file format is documented in {@code docs/WORLD-FILES.md} ("Transcript tests") and in
 * {@link brass.world.transcript.TranscriptParser}.
 */
package brass.world.transcript;
