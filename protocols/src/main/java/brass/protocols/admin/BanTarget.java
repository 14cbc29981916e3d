package brass.protocols.admin;

import brass.protocols.account.NameRules;

/**
 * What a ban is against: a character's name, or a block of IP addresses. A name has letters only
 * and an address has digits or colons, so what an admin types is never both.
 */
public sealed interface BanTarget permits BanTarget.Name, AddressRange {

    /** {@code name} or {@code address}: how the store tells them apart. */
    String kind();

    /** The form the store keeps and equal targets share: a name's key, a block's CIDR. */
    String text();

    /** The form an admin reads. */
    String shown();

    /**
     * Reads what an admin typed after {@code ban} or {@code unban}.
     *
     * @throws IllegalArgumentException saying what is wrong, in words for the admin
     */
    static BanTarget parse(String typed) {
        String t = typed.strip();
        if (NameRules.problem(t).isEmpty()) {
            return new Name(NameRules.key(t));
        }
        return AddressRange.parse(t).orElseThrow(() -> new IllegalArgumentException("'" + t
                + "' is neither a character's name nor an IP address (such as 203.0.113.7, 2001:db8::1 or"
                + " 203.0.113.0/24)."));
    }

    /**
     * A target as the store kept it.
     *
     * @throws IllegalArgumentException for a row that is not a target (a damaged database)
     */
    static BanTarget stored(String kind, String text) {
        return switch (kind) {
            case "name" -> new Name(text);
            case "address" -> AddressRange.parse(text)
                    .orElseThrow(() -> new IllegalArgumentException("not an address block: " + text));
            default -> throw new IllegalArgumentException("unknown kind of ban: " + kind);
        };
    }

    /** A character's name, by its {@linkplain NameRules#key key}, so that every spelling of it is banned. */
    record Name(String key) implements BanTarget {

        public Name {
            key = NameRules.key(key);
        }

        /** Whether {@code name} is this one. */
        public boolean is(String name) {
            return key.equals(NameRules.key(name));
        }

        @Override
        public String kind() {
            return "name";
        }

        @Override
        public String text() {
            return key;
        }

        @Override
        public String shown() {
            return NameRules.display(key);
        }
    }
}
