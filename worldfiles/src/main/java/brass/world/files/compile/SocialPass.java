package brass.world.files.compile;

import brass.world.files.diagnostic.Problems;
import brass.world.files.diagnostic.SourcePosition;
import brass.world.files.diagnostic.Suggestions;
import brass.world.files.source.Nodes;
import brass.world.files.source.YamlTree.YMapping;
import brass.world.files.source.YamlTree.YScalar;
import brass.world.markup.Markup;
import brass.world.social.Social;
import brass.world.social.VerbWords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the socials of every {@code socials:} section (a world keeps them in {@code socials.yaml}
 * by custom, but any file may hold some): each social's name, its forms ({@code alone},
 * {@code someone}, {@code self}) and each form's texts, reporting unknown fields, missing texts,
 * placeholders the form cannot fill, names given twice and names the game already means
 * something by (a verb or a direction), each where it is written. Runs in file order on one thread.
 */
final class SocialPass {

    /** The section of a world file that holds socials. */
    static final String SECTION = "socials";

    private static final Pattern NAME = Pattern.compile("[a-z][a-z-]{0,23}");
    /** A brace that reads as a placeholder rather than colour markup: a word, perhaps with a form. */
    private static final Pattern TOKEN = Pattern.compile("\\{([a-z]+(?:\\.[a-z]+)?)}");
    private static final List<String> FORMS = List.of("", ".they", ".them", ".their");

    private final FieldMaps fieldMaps;
    private final Values values;
    private final Problems problems;
    private final Map<String, SourcePosition> seen = new HashMap<>();

    SocialPass(FieldMaps fieldMaps, Values values, Problems problems) {
        this.fieldMaps = fieldMaps;
        this.values = values;
        this.problems = problems;
    }

    List<Social> run(List<Field> sections) {
        List<Social> socials = new ArrayList<>();
        for (Field section : sections) {
            if (Nodes.isNull(section.value())) {
                continue;
            }
            if (!(section.value() instanceof YMapping)) {
                problems.error(section.position(), "'socials' must be a map from a social's name to its texts, found "
                        + Nodes.describe(section.value()));
                continue;
            }
            for (Field social : fieldMaps.read(section.value(), null, section.file(), "'socials'").values()) {
                read(social).ifPresent(socials::add);
            }
        }
        return socials;
    }

    private Optional<Social> read(Field field) {
        String name = field.name();
        String what = "social '" + name + "'";
        boolean ok = true;
        if (!NAME.matcher(name).matches()) {
            String lower = name.toLowerCase(java.util.Locale.ROOT).strip();
            problems.error(field.keyPosition(), "a social's name is one word of small letters (a to z, or -), found '"
                    + name + "'", NAME.matcher(lower).matches() ? Optional.of("write '" + lower + "'") : Optional.empty());
            ok = false;
        } else {
            Optional<String> taken = VerbWords.taken(name);
            if (taken.isPresent()) {
                problems.error(field.keyPosition(), what + " clashes with " + taken.get()
                        + ": players typing it would never reach the social", "give the social another name");
                ok = false;
            }
            SourcePosition first = seen.putIfAbsent(name, field.keyPosition());
            if (first != null) {
                problems.error(field.keyPosition(), "the " + what + " is written twice (first at " + first + ")",
                        "keep one of them");
                ok = false;
            }
        }
        Map<String, Field> forms = fieldMaps.read(field.value(), null, field.file(), what);
        fieldMaps.unknown(forms, KnownFields.SOCIAL, what);
        Optional<Social.Texts> alone = form(forms.get("alone"), what, KnownFields.SOCIAL_ALONE);
        Optional<Social.Texts> someone = form(forms.get("someone"), what, KnownFields.SOCIAL_SOMEONE);
        Optional<Social.Texts> self = form(forms.get("self"), what, KnownFields.SOCIAL_ALONE);
        if (!forms.containsKey("alone") && !forms.containsKey("someone")) {
            problems.error(field.keyPosition(), what + " has neither 'alone' nor 'someone' texts",
                    "add alone: (what doing it on your own shows) or someone: (what doing it to someone shows)");
            return Optional.empty();
        }
        boolean complete = (alone.isPresent() || !forms.containsKey("alone"))
                && (someone.isPresent() || !forms.containsKey("someone"))
                && (self.isPresent() || !forms.containsKey("self"));
        if (!ok || !complete) {
            return Optional.empty();
        }
        return Optional.of(new Social(name, alone, someone, self));
    }

    /** One form's texts, each required; empty after reporting what is wrong. */
    private Optional<Social.Texts> form(Field form, String social, List<String> known) {
        if (form == null) {
            return Optional.empty();
        }
        String what = "'" + form.name() + "' of " + social;
        Map<String, Field> texts = fieldMaps.read(form.value(), null, form.file(), what);
        fieldMaps.unknown(texts, known, what);
        Map<String, String> read = new HashMap<>();
        boolean ok = true;
        for (String role : known) {
            Field text = texts.get(role);
            if (text == null || Nodes.isNull(text.value())) {
                problems.error(text == null ? form.keyPosition() : text.position(), what + " has no '" + role + "' text",
                        "add " + role + ": what " + reader(role) + " reads");
                ok = false;
                continue;
            }
            String value = values.text(text);
            if (value.isEmpty() || !placeholders(text, value, known.contains("target"), what)) {
                ok = false;
                continue;
            }
            read.put(role, value);
        }
        return ok ? Optional.of(new Social.Texts(read.get("actor"), read.get("target"), read.get("others")))
                : Optional.empty();
    }

    private static String reader(String role) {
        return switch (role) {
            case "actor" -> "the one doing it";
            case "target" -> "the one it is done to";
            default -> "everyone else in the room";
        };
    }

    /** Reports each brace that looks like a placeholder but is none this form can fill. */
    private boolean placeholders(Field field, String text, boolean hasTarget, String what) {
        List<String> allowed = new ArrayList<>();
        for (String role : hasTarget ? List.of("actor", "target") : List.of("actor")) {
            for (String form : FORMS) {
                allowed.add(role + form);
            }
        }
        boolean ok = true;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String token = m.group(1);
            if (allowed.contains(token) || Markup.knownTags().contains(token)) {
                continue;
            }
            SourcePosition at = field.value() instanceof YScalar scalar
                    ? values.positionIn(scalar, field.file(), offsetInRaw(scalar, text, m.start()))
                    : field.position();
            String hint = token.startsWith("target") && !hasTarget
                    ? "only 'someone' texts have a target"
                    : Suggestions.nearest(token, allowed).map(s -> "did you mean '{" + s + "}'?")
                            .orElse("placeholders are " + String.join(", ", allowed.stream().map(a -> "{" + a + "}").toList()));
            problems.error(at, "unknown placeholder '{" + token + "}' in '" + field.name() + "' of " + what, hint);
            ok = false;
        }
        return ok;
    }

    /** {@code text} is the scalar's value stripped: where its {@code offset} is in the value as written. */
    private static int offsetInRaw(YScalar scalar, String text, int offset) {
        String raw = scalar.getValue();
        return raw.length() - raw.stripLeading().length() + offset;
    }
}
