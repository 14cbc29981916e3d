package brass.world.files.compile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every entry of the world by id, in file order, made by the {@link IndexPass} and read-only
 * afterwards: an id names at most one entry, and ids that were written but invalid are remembered
 * so that a reference to one is not reported a second time as missing.
 */
final class Index {

    private final List<Entry> entries;
    private final List<Entry> rooms;
    /** Looked up for every exit, key and placement: kept to itself rather than behind a read-only view. */
    private final HashMap<String, Entry> byId;
    private final Set<String> rejected;

    /**
     * @param entries  every entry, in file order (files sorted by path, entries as written)
     * @param rooms    the rooms among them, in the same order
     * @param byId     every entry by id
     * @param rejected ids that were written but are not valid ids
     */
    Index(List<Entry> entries, List<Entry> rooms, HashMap<String, Entry> byId, Set<String> rejected) {
        this.entries = Collections.unmodifiableList(entries);
        this.rooms = Collections.unmodifiableList(rooms);
        this.byId = byId;
        this.rejected = Collections.unmodifiableSet(rejected);
    }

    /** Every entry, in file order. */
    List<Entry> entries() {
        return entries;
    }

    /** The rooms, in file order: {@code rooms().get(e.room()) == e}. */
    List<Entry> rooms() {
        return rooms;
    }

    Entry get(String id) {
        return byId.get(id);
    }

    boolean contains(String id) {
        return byId.containsKey(id);
    }

    boolean isRejected(String id) {
        return rejected.contains(id);
    }

    /** Whether {@code id} names a room. */
    boolean isRoom(String id) {
        Entry entry = byId.get(id);
        return entry != null && entry.kind() == Kind.ROOM;
    }

    /** The same index, with {@code more} ids remembered as written but invalid. */
    Index withRejected(Set<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        Set<String> all = new HashSet<>(rejected);
        all.addAll(more);
        return new Index(entries, rooms, byId, all);
    }

    /** The ids of every entry of one of {@code kinds}, in file order. */
    List<String> idsOf(Kind... kinds) {
        Set<Kind> wanted = EnumSet.copyOf(List.of(kinds));
        List<String> ids = new ArrayList<>();
        for (Entry entry : entries) {
            if (wanted.contains(entry.kind())) {
                ids.add(entry.id());
            }
        }
        return ids;
    }
}
