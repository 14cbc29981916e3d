/**
 * From a line of text to a {@link brass.world.parser.Command}: verbs with synonyms and
 * abbreviations, noun phrases with adjectives, ordinals, "all" and "all but", pronouns,
 * prepositions; resolved against what the actor can see
 * ({@link brass.world.model.Scope}). When a phrase fits several things the parser asks
 * "Which do you mean, ...?" and the answer is taken on the next line. The parser changes
 * nothing in the world.
 */
package brass.world.parser;
