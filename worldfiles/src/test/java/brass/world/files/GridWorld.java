package brass.world.files;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The generated large world that tests, golden reports and benchmarks share: a grid of rooms,
 * room {@code rN} at column {@code N % width} and row {@code N / width}, each with a name, a
 * description with colour markup, and exits west, east, north and south to its neighbours;
 * {@code roomsPerFile} rooms an area file, ten files a band folder; a pebble made {@code like} one
 * prototype every {@code pebbleEvery} rooms. Without mistakes the world has no problem at all.
 *
 * <p>With {@link Mistakes}, about one room in {@code every}, chosen by a seeded random generator,
 * carries one mistake a builder makes (a misspelt exit or id, an unknown or repeated field, a
 * wrong type, a duplicate id, a door with one side, a missing key, a bad placement, prototype and
 * behaviour errors, markup, unreachable rooms...), so the same seed writes the same files, byte
 * for byte, on every machine.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar brass.world.files.GridWorld DIR [WIDTH HEIGHT [SEED EVERY]]</pre>
 */
public record GridWorld(int width, int height, int roomsPerFile, int pebbleEvery, Mistakes mistakes) {

    /** Which rooms carry a mistake: about one in {@code every}; only warnings when {@code warningsOnly}. */
    public record Mistakes(long seed, int every, boolean warningsOnly) {
    }

    /** A clean grid of {@code width} by {@code height} rooms: 1,000 a file, a pebble every 100. */
    public static GridWorld of(int width, int height) {
        return new GridWorld(width, height, 1000, 100, null);
    }

    public GridWorld roomsPerFile(int rooms) {
        return new GridWorld(width, height, rooms, pebbleEvery, mistakes);
    }

    public GridWorld pebbleEvery(int rooms) {
        return new GridWorld(width, height, roomsPerFile, rooms, mistakes);
    }

    /** The same grid with a mistake, errors and warnings alike, in about one room in {@code every}. */
    public GridWorld withMistakes(long seed, int every) {
        return new GridWorld(width, height, roomsPerFile, pebbleEvery, new Mistakes(seed, every, false));
    }

    /** The same grid with a mistake that is only a warning in about one room in {@code every}: it still loads. */
    public GridWorld withWarnings(long seed, int every) {
        return new GridWorld(width, height, roomsPerFile, pebbleEvery, new Mistakes(seed, every, true));
    }

    public int rooms() {
        return width * height;
    }

    /** Writes the world into {@code dir} (which must exist) and returns it. */
    public Path writeTo(Path dir) throws IOException {
        Files.writeString(dir.resolve("world.yaml"), "name: Grid\nstart: r0\ndescription: A very large grid.\n"
                + (mistakes != null && !mistakes.warningsOnly() ? "settings:\n  motd: [a, b]\n" : ""));
        Random random = mistakes == null ? null : new Random(mistakes.seed());
        int rooms = rooms();
        for (int file = 0; file * roomsPerFile < rooms; file++) {
            Path area = dir.resolve("band-" + (file / 10)).resolve("area-" + file + ".yaml");
            Files.createDirectories(area.getParent());
            int first = file * roomsPerFile;
            int end = Math.min(rooms, first + roomsPerFile);
            AreaText text = new AreaText(first);
            for (int n = first; n < end; n++) {
                Room room = room(n);
                if (random != null && random.nextInt(mistakes.every()) == 0) {
                    Mistake[] kinds = mistakes.warningsOnly() ? Mistake.WARNINGS : Mistake.values();
                    kinds[random.nextInt(kinds.length)].make(this, room, text, random);
                }
                room.writeTo(text.rooms);
            }
            try (BufferedWriter out = Files.newBufferedWriter(area)) {
                out.write("rooms:\n");
                out.write(text.rooms.toString());
                out.write("things:\n");
                for (int n = first; n < end; n += pebbleEvery) {
                    out.write("  pebble-" + n + ": {like: pebble, in: r" + n + "}\n");
                }
                out.write(text.things.toString());
                section(out, "doors", text.doors);
                section(out, "actors", text.actors);
                if (file == 0) {
                    out.write("prototypes:\n  pebble: {name: pebble, adjectives: [grey], description: A pebble.}\n");
                    out.write(text.prototypes.toString());
                } else {
                    section(out, "prototypes", text.prototypes);
                }
            }
        }
        if (mistakes != null) {
            Files.writeString(dir.resolve("notes.yml"), "rooms: {}\n");
            if (!mistakes.warningsOnly()) {
                Files.writeString(dir.resolve("broken.yaml"), "rooms:\n  cellar: {description: dark\n");
            }
        }
        return dir;
    }

    private static void section(BufferedWriter out, String name, StringBuilder text) throws IOException {
        if (!text.isEmpty()) {
            out.write(name + ":\n");
            out.write(text.toString());
        }
    }

    private Room room(int n) {
        int x = n % width;
        int y = n / width;
        Room room = new Room(n, "Square " + x + ", " + y + " of the {bold}grid{/}.");
        if (x > 0) {
            room.exits.put("west", "r" + (n - 1));
        }
        if (x < width - 1) {
            room.exits.put("east", "r" + (n + 1));
        }
        if (y > 0) {
            room.exits.put("north", "r" + (n - width));
        }
        if (y < height - 1) {
            room.exits.put("south", "r" + (n + width));
        }
        return room;
    }

    /** What one area file holds, section by section, before it is written. */
    private static final class AreaText {
        final int firstRoom;
        final StringBuilder rooms = new StringBuilder();
        final StringBuilder things = new StringBuilder();
        final StringBuilder doors = new StringBuilder();
        final StringBuilder actors = new StringBuilder();
        final StringBuilder prototypes = new StringBuilder();

        AreaText(int firstRoom) {
            this.firstRoom = firstRoom;
        }

        /** A pebble of this file: every file has one in its first room. */
        String pebble() {
            return "pebble-" + firstRoom;
        }
    }

    /** One room's text, changed by a mistake before it is written. */
    private static final class Room {
        final int n;
        String name;
        String description;
        final Map<String, String> exits = new LinkedHashMap<>();
        /** Lines written after the exits, and whole entries written after the room. */
        final List<String> extraFields = new ArrayList<>();
        final List<String> extraEntries = new ArrayList<>();
        boolean exitsAsList;

        Room(int n, String description) {
            this.n = n;
            this.name = "Room " + n;
            this.description = description;
        }

        String id() {
            return "r" + n;
        }

        /** A random exit's direction. */
        String anyExit(Random random) {
            List<String> ways = new ArrayList<>(exits.keySet());
            return ways.get(random.nextInt(ways.size()));
        }

        void writeTo(StringBuilder out) {
            out.append("  ").append(id()).append(":\n");
            if (name != null) {
                out.append("    name: ").append(name).append('\n');
            }
            if (description != null) {
                out.append("    description: ").append(description).append('\n');
            }
            if (exitsAsList) {
                out.append("    exits: [north]\n");
            } else {
                out.append("    exits:\n");
                exits.forEach((way, to) -> out.append("      ").append(way).append(": ").append(to).append('\n'));
            }
            extraFields.forEach(line -> out.append("    ").append(line).append('\n'));
            extraEntries.forEach(entry -> out.append("  ").append(entry).append('\n'));
        }
    }

    private static String opposite(String way) {
        return switch (way) {
            case "west" -> "east";
            case "east" -> "west";
            case "north" -> "south";
            default -> "north";
        };
    }

    private static String misspelt(String way) {
        return switch (way) {
            case "west" -> "wset";
            case "east" -> "esat";
            case "north" -> "nroth";
            default -> "souht";
        };
    }

    /** The mistakes, each with whether it is only a warning (a world with only those still loads). */
    private enum Mistake {
        MISSPELT_TARGET(false) {
            @Override
            void make(GridWorld grid, Room room, AreaText area, Random random) {
                String way = room.anyExit(random);
                String target = room.exits.get(way).substring(1);
                room.exits.put(way, switch (random.nextInt(3)) {
                    case 0 -> "rr" + target;
                    case 1 -> "r" + target + "x";
                    default -> "room" + target;
                });
            }
        },
        MISSPELT_DIRECTION(true) {
            @Override
            void make(GridWorld grid, Room room, AreaText area, Random random) {
                String way = room.anyExit(random);
                Map<String, String> renamed = new LinkedHashMap<>();
                room.exits.forEach((w, to) -> renamed.put(w.equals(way) ? misspelt(w) : w, to));
                room.exits.clear();
                room.exits.putAll(renamed);
            }
        },
        UNKNOWN_FIELD(false) {
            @Override
            void make(GridWorld grid, Room room, AreaText area, Random random) {
                if (random.nextBoolean()) {
                    room.extraFields.add("descripton: " + room.description);
                    room.description = null;
                } else {
                    room.extraFields.add("colour: red");
                }
            }
        },
        WRONG_TYPE(false) {
            @Override
            void make(GridWorld grid, Room room, AreaText area, Random random) {
                switch (random.nextInt(4)) {
                    case 0 -> room.extraFields.add("dark: maybe");
                    case 1 -> room.name = "[a, list]";
                    case 2 -> room.exitsAsList = true;
                    default -> room.description = "{text: " + room.n + "}";
                }
            }
        },
        DUPLICATE_ID(false) {
            @Override
            void make(GridWorld grid, Room room, AreaText area, Random random) {
                room.extraEntries.add("r" + random.nextInt(grid.rooms()) + ": {description: Again.}");
            }
        },
        REPEATED_FIELD(false) {
            @Override
            void make(GridWorld grid, Room room, AreaText area, Random random) {
                room.extraFields.add("name: Again " + room.n);
            }
        },
        BAD_ID(false) {
            @Override
            void make(GridWorld grid, Room room, AreaText area, Random random) {
                room.extraEntries.add("Room " + room.n + ": {description: Bad.}");
            }
        },
        ONE_SIDED_DOOR(false) {
            @Override
            void make(GridWorld grid, Room room, AreaText area, Random random) {
                String way = room.anyExit(random);
                room.exits.put(way, "{to: " + room.exits.get(way) + ", door: {id: gate-" + room.n
                        + ", state: closed}}");
            }
        },
        UNKNOWN_DOOR(false) {
            @Override
            void make(GridWorld grid, Room room, AreaText area, Random random) {
                String way = room.anyExit(random);
                room.exits.put(way, "{to: " + room.exits.get(way) + ", door: " + switch (random.nextInt(3)) {
                    case 0 -> "hatch-" + room.n;
                    case 1 -> "{name: hatch}";
                    default -> "{id: Bad Door " + room.n + "}";
                } + "}");
            }
        },
        DOOR(false) {
            @Override
            void make(GridWorld grid, Room room, AreaText area, Random random) {
                String way = room.anyExit(random);
                String other = room.exits.get(way);
                String id = "door-" + room.n;
                String key = "key-" + room.n;
                String sides = "{" + room.id() + ": " + way + ", " + other + ": " + opposite(way) + "}";
                switch (random.nextInt(5)) {
                    case 0 -> area.doors.append("  ").append(id).append(": {sides: ").append(sides)
                            .append(", state: locked, key: ").append(key).append("}\n");
                    case 1 -> area.doors.append("  ").append(id).append(": {sides: ").append(sides)
                            .append(", state: locked, key: kye-").append(room.n).append("}\n");
                    case 2 -> {
                        area.doors.append("  ").append(id).append(": {sides: ").append(sides)
                                .append(", state: open}\n");
                        room.exits.put(way, "{to: " + other + ", door: {id: " + id + ", state: locked, key: " + key
                                + "}}");
                    }
                    case 3 -> area.doors.append("  ").append(id).append(": {sides: {").append(room.id()).append(": ")
                            .append(way).append(", ").append(other).append("x: ").append(opposite(way)).append("}}\n");
                    default -> area.doors.append("  ").append(id).append(": {sides: ").append(sides)
                            .append(", state: lokced}\n");
                }
                area.things.append("  ").append(key).append(": {is-key: true, in: r")
                        .append(random.nextInt(grid.rooms())).append("}\n");
            }
        },
        PLACEMENT(false) {
            @Override
            void make(GridWorld grid, Room room, AreaText area, Random random) {
                String where = switch (random.nextInt(6)) {
                    case 0 -> "in: " + room.id() + "x";
                    case 1 -> {
                        area.things.append("  cup-").append(room.n).append(": {container: true, in: item-")
                                .append(room.n).append("}\n");
                        yield "container: true, in: cup-" + room.n;
                    }
                    case 2 -> "on: " + room.id();
                    case 3 -> "carried-by: " + room.id();
                    case 4 -> "in: " + area.pebble();
                    default -> "in: " + room.id() + ", on: " + area.pebble();
                };
                area.things.append("  item-").append(room.n).append(": {").append(where).append("}\n");
            }
        },
        PROTOTYPE(false) {
            @Override
            void make(GridWorld grid, Room room, AreaText area, Random random) {
                String like = switch (random.nextInt(4)) {
                    case 0 -> "pebbel";
                    case 1 -> room.id();
                    case 2 -> {
                        area.prototypes.append("  odd-").append(room.n).append(": {name: odd, exits: {north: r0}}\n");
                        yield "odd-" + room.n;
                    }
                    default -> {
                        area.prototypes.append("  loop-a-").append(room.n).append(": {like: loop-b-").append(room.n)
                                .append("}\n  loop-b-").append(room.n).append(": {like: loop-a-").append(room.n)
                                .append("}\n");
                        yield "loop-a-" + room.n;
                    }
                };
                area.things.append("  copy-").append(room.n).append(": {like: ").append(like).append(", in: ")
                        .append(room.id()).append("}\n");
            }
        },
        BEHAVIOUR(false) {
            @Override
            void make(GridWorld grid, Room room, AreaText area, Random random) {
                String behaviours = switch (random.nextInt(4)) {
                    case 0 -> "[cockroch]";
                    case 1 -> "[{cockroach: {interval: 2}}]";
                    case 2 -> "[wander, wander]";
                    default -> "{cockroach: {leap-chance: 1.5, scuttle-chanse: 0.1}}";
                };
                area.things.append("  roach-").append(room.n).append(": {in: ").append(room.id())
                        .append(", behaviours: ").append(behaviours).append("}\n");
            }
        },
        MARKUP(true) {
            @Override
            void make(GridWorld grid, Room room, AreaText area, Random random) {
                room.description = room.description.replace("{bold}", switch (random.nextInt(3)) {
                    case 0 -> "{bldo}";
                    case 1 -> "{fg:300}";
                    default -> "{ ";
                });
            }
        },
        ACTOR(false) {
            @Override
            void make(GridWorld grid, Room room, AreaText area, Random random) {
                String fields = switch (random.nextInt(4)) {
                    case 0 -> "{}";
                    case 1 -> "{in: " + area.pebble() + "}";
                    case 2 -> "{in: " + room.id() + ", gender: mael}";
                    default -> "{in: " + room.id() + "x}";
                };
                area.actors.append("  npc-").append(room.n).append(": ").append(fields).append('\n');
            }
        },
        LOCK(false) {
            @Override
            void make(GridWorld grid, Room room, AreaText area, Random random) {
                String chest = "  chest-" + room.n + ": {container: true, locked: true, in: " + room.id();
                area.things.append(switch (random.nextInt(4)) {
                    case 0 -> chest + ", open: true, key: chest-key-" + room.n + "}\n  chest-key-" + room.n
                            + ": {is-key: true, in: " + room.id() + "}";
                    case 1 -> chest + ", key: " + room.id() + "}";
                    case 2 -> chest + ", key: spoon-" + room.n + "}\n  spoon-" + room.n + ": {in: " + room.id() + "}";
                    default -> "  lamp-" + room.n + ": {lit: true, in: " + room.id() + "}";
                }).append('\n');
            }
        },
        EXIT_NOWHERE(false) {
            @Override
            void make(GridWorld grid, Room room, AreaText area, Random random) {
                room.exits.put("down", switch (random.nextInt(3)) {
                    case 0 -> "";
                    case 1 -> "[r1]";
                    default -> "{one-way: true}";
                });
            }
        },
        TWO_EXITS_SAME_WAY(false) {
            @Override
            void make(GridWorld grid, Room room, AreaText area, Random random) {
                String way = room.anyExit(random);
                room.exits.put(way.substring(0, 1), room.exits.get(way));
            }
        },
        EXIT_TO_THING(false) {
            @Override
            void make(GridWorld grid, Room room, AreaText area, Random random) {
                room.exits.put("in", area.pebble());
            }
        },
        EXIT_SYNONYMS(true) {
            @Override
            void make(GridWorld grid, Room room, AreaText area, Random random) {
                String to = room.exits.values().iterator().next();
                room.exits.put("ladder", "{to: " + to + ", one-way: true, synonyms: [rungs, down]}");
                room.exits.put("rope", "{to: " + to + ", one-way: true, synonyms: [rungs, ladder, "
                        + room.anyExit(random) + "]}");
            }
        },
        NO_WAY_BACK(true) {
            @Override
            void make(GridWorld grid, Room room, AreaText area, Random random) {
                room.exits.put("up", "r" + random.nextInt(grid.rooms()));
            }
        },
        NO_DESCRIPTION(true) {
            @Override
            void make(GridWorld grid, Room room, AreaText area, Random random) {
                room.description = null;
            }
        },
        UNUSED_PROTOTYPE(true) {
            @Override
            void make(GridWorld grid, Room room, AreaText area, Random random) {
                area.prototypes.append("  spare-").append(room.n).append(": {name: spare}\n");
            }
        },
        STARTS_NOWHERE(true) {
            @Override
            void make(GridWorld grid, Room room, AreaText area, Random random) {
                area.things.append("  ghost-").append(room.n).append(": {name: ghost}\n");
            }
        },
        LOCKED_WITHOUT_KEY(true) {
            @Override
            void make(GridWorld grid, Room room, AreaText area, Random random) {
                area.things.append("  box-").append(room.n).append(": {container: true, locked: true, in: ")
                        .append(room.id()).append("}\n");
            }
        },
        KEY_OPENS_NOTHING(true) {
            @Override
            void make(GridWorld grid, Room room, AreaText area, Random random) {
                area.things.append("  spare-key-").append(room.n).append(": {is-key: true, in: ").append(room.id())
                        .append("}\n");
            }
        },
        KEY_OUT_OF_REACH(true) {
            @Override
            void make(GridWorld grid, Room room, AreaText area, Random random) {
                String n = Integer.toString(room.n);
                if (random.nextBoolean()) {
                    room.exits.put("down", "{to: vault-" + n + ", door: {id: vault-door-" + n
                            + ", state: locked, key: vault-key-" + n + "}}");
                    room.extraEntries.add("vault-" + n + ": {description: A vault., exits: {up: {to: " + room.id()
                            + ", door: vault-door-" + n + "}}}");
                    area.things.append("  vault-key-").append(n).append(": {is-key: true, in: vault-").append(n)
                            .append("}\n");
                } else {
                    area.things.append("  safe-").append(n).append(": {container: true, locked: true, key: safe-key-")
                            .append(n).append(", in: ").append(room.id()).append("}\n  safe-key-").append(n)
                            .append(": {is-key: true, in: safe-").append(n).append("}\n");
                }
            }
        },
        UNREACHABLE_ROOM(true) {
            @Override
            void make(GridWorld grid, Room room, AreaText area, Random random) {
                room.extraEntries.add("island-" + room.n + ": {description: An island.}");
            }
        };

        static final Mistake[] WARNINGS = java.util.Arrays.stream(values()).filter(m -> m.warningOnly)
                .toArray(Mistake[]::new);

        final boolean warningOnly;

        Mistake(boolean warningOnly) {
            this.warningOnly = warningOnly;
        }

        abstract void make(GridWorld grid, Room room, AreaText area, Random random);
    }

    /** Writes a grid: {@code DIR [WIDTH HEIGHT [SEED EVERY]]}; with a seed, a mistake about every EVERY rooms. */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        GridWorld grid = GridWorld.of(args.length > 2 ? Integer.parseInt(args[1]) : 400,
                args.length > 2 ? Integer.parseInt(args[2]) : 250);
        if (args.length > 4) {
            grid = grid.withMistakes(Long.parseLong(args[3]), Integer.parseInt(args[4]));
        }
        grid.writeTo(dir);
        System.out.println("wrote " + grid.rooms() + " rooms to " + dir);
    }
}
