/**
 * How the world is told in English: articles ("a lamp", "an owl", "some water", "Bob"),
 * capitals at the start of a sentence, lists ("a, b, and c"), pronouns by gender, and
 * {@link brass.world.language.Event}s, values that say what happened and are rendered once
 * per observer ("You give the lamp to Bob." / "Alice gives you the lamp.").
 */
package brass.world.language;
