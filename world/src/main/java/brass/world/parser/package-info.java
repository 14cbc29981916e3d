/**
 * From a line of text to a {@link brass.world.parser.Command}: verbs with synonyms and
 * abbreviations, noun phrases with adjectives and state words ("lit candle"), ordinals, counts
 * ("two pebbles"), "all", "all but" and "all candles", pronouns, prepositions; resolved against what the actor can see
 * ({@link brass.world.model.Scope}). When a phrase fits several things the parser asks
 * "Which do you mean, ...?" and the answer is taken on the next line. The parser changes
 * nothing in the world.
 *
 * <p>{@link brass.world.parser.Parser} finds the verb and reads the rest of the line in the shape
 * of the verb's {@link brass.world.parser.Syntax}; {@link brass.world.parser.Chain} cuts a line of
 * several commands after its first; {@code Words} cuts lines into words; {@code Clause} splits a
 * verb's words at its preposition; {@code ObjectArguments} reads the things a verb is about;
 * {@code Resolver} finds what one {@code NounPhrase} (with its count or ordinal) means, by the
 * words that fit each thing ({@code Matching}: names, adjectives, synonyms, state words, plurals,
 * nouns before adjectives), and asks the {@code Question} when it cannot tell.
 */
package brass.world.parser;
