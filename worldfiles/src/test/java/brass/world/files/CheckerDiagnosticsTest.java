package brass.world.files;

import static brass.world.files.TestWorlds.WORLD;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every diagnostic the checker gives, with its exact text and position. Each test writes a small
 * world with several mistakes, which also shows that checking never stops at the first one.
 */
class CheckerDiagnosticsTest {

    @TempDir
    Path dir;

    private static final String HALL = TestWorlds.HALL;

    private List<String> check(String... namesAndTexts) {
        return TestWorlds.check(dir, namesAndTexts);
    }

    private static void expect(List<String> actual, String... expected) {
        assertThat(String.join("\n", actual)).isEqualTo(String.join("\n", expected));
    }

    @Test
    void aCleanWorldHasNoDiagnostics() {
        expect(check("world.yaml", WORLD, "a.yaml", HALL));
    }

    @Test
    void yamlSyntaxErrorsAreReportedWithTheirPositionAndOtherFilesAreStillChecked() {
        expect(check("world.yaml", WORLD, "a.yaml", HALL, "b.yaml", """
                rooms:
                  cellar: {description: dark
                """, "c.yaml", """
                things:
                  lamp: {in: hal}
                """, "d.yaml", """
                rooms:
                  attic:
                   description: x
                  - bad
                """),
                "b.yaml:3:1: error: YAML syntax: expected ',' or '}', but got <stream end> (while parsing a flow mapping)",
                "c.yaml:2:14: error: thing 'lamp' is in 'hal', which does not exist; did you mean 'hall'?",
                "d.yaml:4:3: error: YAML syntax: expected <block end>, but found '-' (while parsing a block mapping)");
    }

    @Test
    void missingFolder() {
        assertThat(WorldChecker.check(dir.resolve("missing")).report()).isEqualTo(dir.resolve("missing")
                + ": error: world folder does not exist or is not a folder\n"
                + dir.resolve("missing") + ": 1 error, 0 warnings\n");
    }

    @Test
    void folderWithoutWorldFileOrRooms() {
        expect(check("a.yaml", "things:\n", "old.yml", HALL, ".hidden/x.yaml", "not: [checked"),
                "WORLD: error: the world folder has no world.yaml; create world.yaml with name: and start:",
                "old.yml: warning: file ignored: world files end in .yaml; rename it to old.yaml",
                "world.yaml: error: the world has no rooms; add rooms: to world.yaml or an area file");
    }

    @Test
    void worldFileProblems() {
        expect(check("world.yaml", """
                description: {nothing: here}
                start:
                settings:
                  motd: [a, b]
                  port: 4000
                descripton: x
                """, "a.yaml", HALL + "start: hall\nroom: {}\n"),
                "a.yaml:4:1: error: 'start' belongs in world.yaml; move it to world.yaml",
                "a.yaml:5:1: error: unknown section 'room' in a.yaml; did you mean 'rooms'?",
                "world.yaml:1:1: error: world.yaml has no name; add name: followed by the world's name",
                "world.yaml:1:14: error: 'description' of world.yaml must be a string, found a map",
                "world.yaml:2:7: error: the start room is empty; give a room id",
                "world.yaml:4:9: error: setting 'motd' must be a single value, found a list",
                "world.yaml:6:1: error: unknown field 'descripton' in world.yaml; did you mean 'description'?");
    }

    @Test
    void unknownStartRoom() {
        expect(check("world.yaml", "name: T\nstart: hal\n", "a.yaml", HALL),
                "world.yaml:2:8: error: the start room is 'hal', which does not exist; did you mean 'hall'?");
    }

    @Test
    void startRoomThatIsNotARoom() {
        expect(check("world.yaml", "name: T\nstart: lamp\n", "a.yaml", HALL + "things:\n  lamp: {in: hall}\n"),
                "world.yaml:2:8: error: the start room is 'lamp', which is a thing, not a room");
    }

    @Test
    void structureAndIds() {
        expect(check("world.yaml", WORLD, "a.yaml", HALL + """
                  Big Room:
                    description: x
                  cellar: [a]
                things: [lamp]
                actors:
                  hall: {in: hall}
                """, "b/c.yaml", """
                rooms:
                  hall:
                    description: again
                  attic:
                    description: once
                    description: twice
                    ? [complex]
                    : key
                    exits: {down: hall}
                """),
                "a.yaml:4:3: error: id 'Big Room' must be lower-case letters, digits, '-' and '_'; write 'big-room'",
                "a.yaml:6:3: warning: room 'cellar' cannot be reached from the start room 'hall'; add an exit leading to it",
                "a.yaml:6:3: warning: room 'cellar' has no description; add description: with what a player sees on arriving",
                "a.yaml:6:11: error: room 'cellar' must be a map of fields, found a list",
                "a.yaml:7:9: error: 'things' must be a map from id to thing, found a list; write each thing as 'id:' followed by its fields",
                "a.yaml:9:3: error: duplicate id 'hall': this actor and the room at a.yaml:2:3 share it; ids must be unique across all files of a world",
                "b/c.yaml:2:3: error: duplicate id 'hall': this room and the room at a.yaml:2:3 share it; ids must be unique across all files of a world",
                "b/c.yaml:4:3: warning: room 'attic' cannot be reached from the start room 'hall'; add an exit leading to it",
                "b/c.yaml:6:5: error: 'description' appears twice in room 'attic' (first at b/c.yaml:5:5)",
                "b/c.yaml:7:7: error: a key in room 'attic' must be a plain name, found a list",
                "b/c.yaml:9:13: warning: exit 'down' of room 'attic' leads to 'hall', which has no exit back; add an exit from 'hall' to 'attic', or mark this exit one-way: true");
    }

    @Test
    void unknownFieldsAndWrongTypes() {
        expect(check("world.yaml", WORLD, "a.yaml", """
                rooms:
                  hall:
                    descripton: A hall.
                    dark: maybe
                    name: [a, list]
                    exits: [north]
                things:
                  lamp:
                    in: hall
                    adjectives: {a: b}
                    synonyms: [ok, [nested]]
                    gender: mael
                    lit: true
                    light-source: yes
                    fixd: true
                """),
                "a.yaml:2:3: warning: room 'hall' has no description; add description: with what a player sees on arriving",
                "a.yaml:3:5: error: unknown field 'descripton' in room 'hall'; did you mean 'description'?",
                "a.yaml:4:11: error: 'dark' of room 'hall' must be true or false, found 'maybe'",
                "a.yaml:5:11: error: 'name' of room 'hall' must be a string, found a list",
                "a.yaml:6:12: error: 'exits' of room 'hall' must be a map of fields, found a list",
                "a.yaml:10:17: error: 'adjectives' of thing 'lamp' must be a list of words, found a map; write [word, word]",
                "a.yaml:11:20: error: each of 'synonyms' of thing 'lamp' must be a word, found a list",
                "a.yaml:12:13: error: 'gender' of thing 'lamp' must be one of male, female, neuter, plural, found 'mael'; did you mean 'male'?",
                "a.yaml:15:5: error: unknown field 'fixd' in thing 'lamp'; did you mean 'fixed'?");
    }

    @Test
    void exits() {
        expect(check("world.yaml", WORLD, "a.yaml", """
                rooms:
                  hall:
                    description: A hall.
                    exits:
                      n: cellar
                      north: cellar
                      noth: cellar
                      west:
                      east: {door: d}
                      south: kitchn
                      up: lamp
                      down: [cellar]
                      in: {to: cellar, one-way: true, sideways: 1}
                  cellar:
                    description: A cellar.
                    exits:
                      up: hall
                  kitchen:
                    description: A kitchen.
                things:
                  lamp: {in: hall}
                """),
                "a.yaml:6:7: error: room 'hall' has two exits 'north' (the other at a.yaml:5:7)",
                "a.yaml:7:7: warning: exit 'noth' of room 'hall' is not a direction, so it is a named exit; did you mean 'north'?",
                "a.yaml:8:7: error: exit 'west' of room 'hall' leads nowhere; give the id of the room it leads to",
                "a.yaml:9:7: error: exit 'east' of room 'hall' leads nowhere; give the id of the room it leads to",
                "a.yaml:10:14: error: exit 'south' of room 'hall' leads to 'kitchn', which does not exist; did you mean 'kitchen'?",
                "a.yaml:11:11: error: exit 'up' of room 'hall' leads to 'lamp', which is a thing, not a room",
                "a.yaml:12:13: error: exit 'down' of room 'hall' must be a room id or a map with 'to:', found a list",
                "a.yaml:13:39: error: unknown field 'sideways' in exit 'in' of room 'hall'");
    }

    @Test
    void anExitIsADirectionExactlyWhenPlayersCouldTypeItAsOne() {
        // 'ſouth' (long s) and 'ın' (dotless i) only match south and in when case is ignored letter
        // by letter; players typing them would not go south or in, so they are named exits.
        expect(check("world.yaml", WORLD, "a.yaml", """
                rooms:
                  hall:
                    description: A hall.
                    exits:
                      North: cellar
                      ſouth: cellar
                      ın: cellar
                  cellar:
                    description: A cellar.
                    exits:
                      south: hall
                """),
                "a.yaml:6:7: warning: exit 'ſouth' of room 'hall' is not a direction, so it is a named exit; did you mean 'south'?",
                "a.yaml:7:7: warning: exit 'ın' of room 'hall' is not a direction, so it is a named exit; did you mean 'in'?");
    }

    @Test
    void exitSynonymsThatCanNeverWork() {
        expect(check("world.yaml", WORLD, "a.yaml", """
                rooms:
                  hall:
                    description: A hall.
                    exits:
                      down: cellar
                      trapdoor: {to: cellar, synonyms: [hatch, down, ladder, Trapdoor]}
                      ladder: {to: cellar, synonyms: [rungs, hatch, u]}
                      chute: {to: cellar, one-way: true, synonyms: rungs}
                      north: {to: cellar, synonyms: [n, arch, gate]}
                  cellar:
                    description: A cellar.
                    exits:
                      up: hall
                doors:
                  gate:
                    sides: {hall: gate, cellar: gate}
                """),
                // Exits that read as doors and have none are told of too (see the next test).
                "a.yaml:6:7: warning: exit 'trapdoor' of room 'hall' reads as a door ('trapdoor') but has none, so 'open trapdoor' finds nothing; declare the door on it, e.g. door: {id: hall-trapdoor, name: trapdoor}, and the same door on the exit back",
                "a.yaml:6:48: warning: synonym 'down' of exit 'trapdoor' of room 'hall' is a direction, so it always means the way down, never this exit; drop it",
                "a.yaml:6:54: warning: synonym 'ladder' of exit 'trapdoor' of room 'hall' is the name of another exit (at a.yaml:7:7), so it always means that one; drop it",
                "a.yaml:7:7: warning: exit 'ladder' of room 'hall' reads as a door ('hatch') but has none, so 'open hatch' finds nothing; declare the door on it, e.g. door: {id: hall-hatch, name: hatch}, and the same door on the exit back",
                "a.yaml:7:46: warning: synonym 'hatch' of exit 'ladder' of room 'hall' is also a synonym of exit 'trapdoor' (at a.yaml:6:41), which comes first, so it always means that one; drop it from one of them",
                "a.yaml:7:53: warning: synonym 'u' of exit 'ladder' of room 'hall' is a direction, so it always means the way up, never this exit; drop it, or name this exit 'up' and give it the synonym 'ladder'",
                "a.yaml:8:52: warning: synonym 'rungs' of exit 'chute' of room 'hall' is also a synonym of exit 'ladder' (at a.yaml:7:39), which comes first, so it always means that one; drop it from one of them",
                "a.yaml:9:7: warning: exit 'north' of room 'hall' reads as a door ('gate') but has none, so 'open gate' finds nothing; declare the door on it, e.g. door: {id: hall-gate, name: gate}, and the same door on the exit back",
                // the door's side made the exit 'gate'; 'n' is another word for north itself, and 'Trapdoor' for the trapdoor
                "a.yaml:9:47: warning: synonym 'gate' of exit 'north' of room 'hall' is the name of another exit (at a.yaml:16:19), so it always means that one; drop it");
    }

    @Test
    void exitsThatReadAsDoorsButHaveNone() {
        // Players take a trapdoor, a hatch or a gate at their word and try to open it: only a
        // declared door opens. A door on the exit (or made by a door's sides) quiets the warning.
        expect(check("world.yaml", WORLD, "a.yaml", """
                rooms:
                  hall:
                    description: A hall.
                    exits:
                      trapdoor: cellar
                      down: {to: cellar, synonyms: [Hatches]}
                      north: {to: yard, description: Through the iron Gates lies the yard.}
                      east: {to: yard, door: {id: green-door, name: green door}}
                      west: {to: yard, description: An archway. The door was taken off long ago}
                      in: {to: yard, description: "A doorway, a gateway and a trapdoorless floor."}
                  cellar:
                    description: A cellar.
                    exits:
                      up: hall
                      ladder: hall
                  yard:
                    description: A yard.
                    exits:
                      south: hall
                      west: {to: hall, door: green-door}
                      east: hall
                      out: hall
                doors:
                  portcullis:
                    sides: {yard: gate, cellar: grating}
                """),
                "a.yaml:5:7: warning: exit 'trapdoor' of room 'hall' reads as a door ('trapdoor') but has none, so 'open trapdoor' finds nothing; declare the door on it, e.g. door: {id: hall-trapdoor, name: trapdoor}, and the same door on the exit back",
                "a.yaml:6:7: warning: exit 'down' of room 'hall' reads as a door ('hatch') but has none, so 'open hatch' finds nothing; declare the door on it, e.g. door: {id: hall-hatch, name: hatch}, and the same door on the exit back",
                "a.yaml:7:7: warning: exit 'north' of room 'hall' reads as a door ('gate') but has none, so 'open gate' finds nothing; declare the door on it, e.g. door: {id: hall-gate, name: gate}, and the same door on the exit back",
                "a.yaml:9:7: warning: exit 'west' of room 'hall' reads as a door ('door') but has none, so 'open door' finds nothing; declare the door on it, e.g. door: {id: hall-door, name: door}, and the same door on the exit back");
    }

    @Test
    void unreachableRoomsAndMissingWayBack() {
        expect(check("world.yaml", WORLD, "a.yaml", """
                rooms:
                  hall:
                    description: A hall.
                    exits:
                      north: garden
                      down: {to: cellar, one-way: true}
                  garden:
                    description: A garden.
                  cellar:
                    description: A cellar.
                    exits:
                      up: hall
                  island:
                    description: Nobody comes here.
                  shed:
                """),
                "a.yaml:5:7: warning: exit 'north' of room 'hall' leads to 'garden', which has no exit back; add an exit from 'garden' to 'hall', or mark this exit one-way: true",
                "a.yaml:13:3: warning: room 'island' cannot be reached from the start room 'hall'; add an exit leading to it",
                "a.yaml:15:3: warning: room 'shed' cannot be reached from the start room 'hall'; add an exit leading to it",
                "a.yaml:15:3: warning: room 'shed' has no description; add description: with what a player sees on arriving");
    }

    @Test
    void doorsDeclaredOnceWithSides() {
        expect(check("world.yaml", WORLD, "a.yaml", """
                rooms:
                  hall:
                    description: A hall.
                    exits:
                      north: cellar
                  cellar:
                    description: A cellar.
                doors:
                  good:
                    sides: {hall: east, cellar: west}
                    state: open
                  clash:
                    sides: {hall: north, cellar: south}
                  three:
                    sides: {hall: up, cellar: down, attic: in}
                  nowhere:
                    sides: {hall: out, garage: in}
                  blank:
                    sides: {hall: sw, cellar: }
                  unused:
                    name: spare door
                """),
                "a.yaml:15:12: error: 'sides' of door 'three' must name exactly two rooms, each with the exit the door stands in, found 3; write sides: {hall: north, study: south}",
                "a.yaml:17:24: error: door 'nowhere' has a side in 'garage', which does not exist",
                "a.yaml:19:30: error: side 'cellar' of door 'blank' names no exit; write the direction the door is in, as seen from cellar",
                "a.yaml:20:3: warning: door 'unused' is on no exit; give it sides: {room: direction, other-room: direction}, or name it in two exits");
    }

    @Test
    void aDoorOnWrittenExitsWhoseOtherSideIsWrongIsReportedNotACrash() {
        // The door's sides name exits written in the rooms; the cellar's leads elsewhere, so the
        // door ends up with one side: an exit that names no door itself, to be pointed at.
        expect(check("world.yaml", WORLD, "a.yaml", """
                rooms:
                  hall:
                    description: A hall.
                    exits: {north: cellar}
                  cellar:
                    description: A cellar.
                    exits: {south: hal}
                doors:
                  trap:
                    sides: {hall: north, cellar: south}
                """),
                "a.yaml:7:20: error: exit 'south' of room 'cellar' leads to 'hal', which does not exist; did you mean 'hall'?",
                "a.yaml:10:19: error: door 'trap' has only one side: exit 'north' of room 'hall'; add an exit from 'cellar' back to 'hall' with door: trap",
                "a.yaml:10:34: error: exit 'south' of room 'cellar' is declared twice: by door 'trap' and at a.yaml:7:13");
    }

    @Test
    void doorsNamedByBothSides() {
        expect(check("world.yaml", WORLD, "a.yaml", """
                rooms:
                  hall:
                    description: A hall.
                    exits:
                      north: {to: cellar, door: {id: trap, state: locked, key: brass-key}}
                      east: {to: study, door: {id: study-door, state: open}}
                      west: {to: garden, door: lonely}
                      up: {to: attic, door: {name: no id}}
                      down: {to: cellar, door: lamp}
                      south: {to: cellar, door: dor}
                      in: {to: cellar, door: {id: Bad Door}}
                  cellar:
                    description: A cellar.
                    exits:
                      south: {to: hall, door: {id: trap, state: open}}
                      east: {to: study, door: study-door}
                      up: hall
                  study:
                    description: A study.
                    exits:
                      west: {to: cellar, door: study-door}
                  garden:
                    description: A garden.
                    exits:
                      east: hall
                  attic:
                    description: An attic.
                    exits:
                      down: hall
                doors:
                  door: {}
                  lonely: {}
                things:
                  brass-key: {is-key: true, in: hall}
                  lamp: {in: hall}
                """),
                "a.yaml:6:7: warning: exit 'east' of room 'hall' leads to 'study', which has no exit back; add an exit from 'study' to 'hall', or mark this exit one-way: true",
                "a.yaml:7:32: error: door 'lonely' has only one side: exit 'west' of room 'hall'; add an exit from 'garden' back to 'hall' with door: lonely",
                "a.yaml:8:29: error: the door on exit 'up' of room 'hall' has no id; add id: so both sides can name it",
                "a.yaml:9:32: error: exit 'down' of room 'hall' has door 'lamp', which is a thing, not a door",
                "a.yaml:10:33: error: exit 'south' of room 'hall' has door 'dor', which does not exist; did you mean 'door'?",
                "a.yaml:11:35: error: id 'Bad Door' must be lower-case letters, digits, '-' and '_'; write 'bad-door'",
                "a.yaml:15:49: error: door 'trap' sides disagree: 'state' is 'open' here but 'locked' at a.yaml:5:51; declare each property of a door once",
                "a.yaml:21:32: error: door 'study-door' is already on exit 'east' of 'hall' and exit 'east' of 'cellar'; a door joins exactly two rooms",
                "a.yaml:31:3: warning: door 'door' is on no exit; give it sides: {room: direction, other-room: direction}, or name it in two exits");
    }

    @Test
    void locksAndKeys() {
        expect(check("world.yaml", WORLD, "a.yaml", """
                rooms:
                  hall:
                    description: A hall.
                    exits:
                      north: {to: cellar, door: {id: d1, state: locked, key: brass-kye}}
                      east: {to: study, door: {id: d2, state: locked}}
                      west: {to: garden, door: {id: d3, state: closed, key: garden}}
                  cellar:
                    description: A cellar.
                    exits: {south: {to: hall, door: d1}}
                  study:
                    description: A study.
                    exits: {west: {to: hall, door: d2}}
                  garden:
                    description: A garden.
                    exits: {east: {to: hall, door: d3}}
                things:
                  brass-key: {is-key: true, in: hall}
                  spoon: {in: hall}
                  chest: {container: true, locked: true, key: spoon, in: hall}
                  box: {container: true, locked: true, in: hall}
                  crate: {container: true, key: brass-key, in: hall, open: true}
                  tin: {container: true, open: true, in: hall}
                  safe: {container: true, locked: true, open: true, key: brass-key, in: hall}
                """),
                "a.yaml:5:62: error: door 'd1' is locked with key 'brass-kye', which does not exist; did you mean 'brass-key'?",
                "a.yaml:6:36: warning: door 'd2' is locked and has no key, so nobody can open it; add key: with the id of a thing that is-key",
                "a.yaml:7:61: error: door 'd3' is locked with key 'garden', which is a room, not a thing",
                "a.yaml:19:3: warning: thing 'spoon' opens a lock but is not marked is-key; add is-key: true so players can use it as a key",
                "a.yaml:21:3: warning: thing 'box' is locked and has no key, so nobody can open it; add key: with the id of a thing that is-key",
                "a.yaml:22:33: warning: thing 'crate' has a key but no lock; add lockable: true",
                "a.yaml:22:60: warning: 'open' has no effect: thing 'crate' is not openable; add openable: true",
                "a.yaml:23:32: warning: 'open' has no effect: thing 'tin' is not openable; add openable: true",
                "a.yaml:24:47: error: thing 'safe' cannot be both open and locked");
    }

    @Test
    void placements() {
        expect(check("world.yaml", WORLD, "a.yaml", HALL + """
                things:
                  table: {surface: true, in: hall}
                  box: {container: true, in: hall}
                  lamp: {in: table}
                  cup: {on: box}
                  plate: {on: hall}
                  fork: {in: butler}
                  knife: {carried-by: hall}
                  spoon: {in: hal}
                  bowl: {in: hall, on: table}
                  ghost: {}
                  a: {container: true, in: b}
                  b: {container: true, in: c}
                  c: {container: true, in: a}
                  self: {surface: true, on: self}
                  tray: {carried-by: butler}
                  empty: {in: }
                actors:
                  butler: {in: hall, gender: male}
                  cook: {}
                  maid: {in: table}
                """),
                "a.yaml:7:14: error: thing 'lamp' is in 'table', which is not a container; write on: table",
                "a.yaml:8:13: error: thing 'cup' is on 'box', which is not a surface; write in: box",
                "a.yaml:9:15: error: thing 'plate' is on 'hall', which is a room, not a thing; write in: hall",
                "a.yaml:10:14: error: thing 'fork' is in the actor 'butler'; write carried-by: butler",
                "a.yaml:11:23: error: thing 'knife' is carried by 'hall', which is a room, not an actor; write in: hall",
                "a.yaml:12:15: error: thing 'spoon' is in 'hal', which does not exist; did you mean 'hall'?",
                "a.yaml:13:20: error: thing 'bowl' is given both 'in' and 'on'; a thing starts in one place",
                "a.yaml:14:3: warning: thing 'ghost' starts nowhere; add in:, on: or carried-by: to say where it starts",
                "a.yaml:15:28: error: placement cycle: 'a' is in 'b', which is in 'c', which is in 'a'; a thing cannot end up inside itself",
                "a.yaml:18:29: error: placement cycle: 'self' is on 'self'; a thing cannot end up inside itself",
                "a.yaml:20:14: error: 'in' of thing 'empty' is empty; give an id",
                "a.yaml:23:3: error: actor 'cook' is in no room; add in: with the id of a room",
                "a.yaml:24:14: error: actor 'maid' is in 'table', which is a thing, not a room");
    }

    @Test
    void prototypes() {
        expect(check("world.yaml", WORLD, "a.yaml", HALL + """
                prototypes:
                  key: {is-key: true, name: key, exits: {north: hall}}
                  a: {like: b}
                  b: {like: a}
                  lonely: {fixed: true}
                  odd: {colour: red}
                things:
                  k1: {like: key, in: hall}
                  k2: {like: kee, in: hall}
                  k3: {like: hall, in: hall}
                  k4: {like: k1}
                """),
                "a.yaml:5:34: error: field 'exits' of prototype 'key' does not apply to thing 'k1', which is like it",
                "a.yaml:5:34: error: field 'exits' of prototype 'key' does not apply to thing 'k4', which is like it",
                "a.yaml:6:13: error: prototype cycle: 'a' is like 'b', which is like 'a'",
                "a.yaml:8:3: warning: prototype 'lonely' is never used; write like: lonely in a thing, or remove it",
                "a.yaml:9:3: warning: prototype 'odd' is never used; write like: odd in a thing, or remove it",
                "a.yaml:9:9: error: unknown field 'colour' in prototype 'odd'",
                "a.yaml:11:3: warning: key 'k1' opens nothing; name it as key: of a door or a lockable thing",
                "a.yaml:12:14: error: thing 'k2' is like 'kee', which does not exist; did you mean 'key'?",
                "a.yaml:13:14: error: thing 'k3' cannot be like the room 'hall'; 'like' names a prototype or another thing",
                "a.yaml:14:3: warning: key 'k4' opens nothing; name it as key: of a door or a lockable thing");
    }

    @Test
    void behaviours() {
        expect(check("world.yaml", WORLD, "a.yaml", HALL + """
                things:
                  roach:
                    in: hall
                    behaviours:
                      - cockroach
                      - cockroch
                      - cockroach: {interval: 2, leap-chance: 1.5, scuttle-chanse: 0.1}
                      - cockroach: {interval: [1s]}
                      - [nested]
                  tank:
                    in: hall
                    behaviours:
                      snake-terrarium: {snakes: 9, max-snakes: 4, width: 5, frame-rate: fast}
                  cat:
                    in: hall
                    behaviours: wander
                  dog:
                    in: hall
                    behaviours: [wander, {wander: {interval: 1m}}]
                """),
                "a.yaml:9:9: error: unknown behaviour 'cockroch' in 'behaviours' of thing 'roach'; did you mean 'cockroach'?",
                "a.yaml:10:31: error: parameter 'interval' of behaviour 'cockroach' of thing 'roach' must be a duration like 500ms, 2s or 1m, found '2'",
                "a.yaml:10:47: error: parameter 'leap-chance' of behaviour 'cockroach' of thing 'roach' must be between 0 and 1, found 1.5",
                "a.yaml:10:52: error: unknown parameter 'scuttle-chanse' of behaviour 'cockroach' of thing 'roach'; did you mean 'scuttle-chance'?",
                "a.yaml:11:31: error: parameter 'interval' of behaviour 'cockroach' of thing 'roach' must be a duration like 500ms, 2s or 1m, found a list",
                "a.yaml:12:9: error: each of 'behaviours' of thing 'roach' must be a behaviour name, or a name followed by its parameters, found a list; write '- cockroach' or '- cockroach: {interval: 2s}'",
                "a.yaml:16:58: error: parameter 'width' of behaviour 'snake-terrarium' of thing 'tank' must be between 10 and 200, found 5",
                "a.yaml:16:73: error: parameter 'frame-rate' of behaviour 'snake-terrarium' of thing 'tank' must be a number, found 'fast'",
                "a.yaml:22:27: error: behaviour 'wander' is given twice in 'behaviours' of thing 'dog'; give it once, with all its parameters");
    }

    /** A behaviour on something it cannot run on would be accepted and then do nothing: refused, where it is written. */
    @Test
    void behavioursOnWhatTheyCannotRunOn() {
        expect(check("world.yaml", WORLD, "a.yaml", """
                rooms:
                  hall:
                    description: A hall.
                    behaviours: [wander]
                  yard: {description: A yard., like: restless}
                doors:
                  gate: {sides: {hall: north, yard: south}, behaviours: [wander]}
                prototypes:
                  restless: {behaviours: [cockroach]}
                things:
                  lamp: {in: hall, behaviours: [door-closes-after]}
                  chest: {in: hall, openable: true, behaviours: [door-closes-after, wander, cockroach]}
                actors:
                  butler: {in: hall, behaviours: [door-closes-after, snake-terrarium, wander, cockroach]}
                """),
                "a.yaml:4:18: error: behaviour 'wander' cannot be attached to room 'hall': it runs on actors and things",
                "a.yaml:7:58: error: behaviour 'wander' cannot be attached to door 'gate': it runs on actors and things",
                "a.yaml:9:27: error: behaviour 'cockroach' cannot be attached to room 'yard': it runs on actors and things",
                "a.yaml:11:33: error: behaviour 'door-closes-after' cannot be attached to thing 'lamp': it runs on doors and things that open; add openable: true",
                "a.yaml:14:35: error: behaviour 'door-closes-after' cannot be attached to actor 'butler': it runs on doors and things that open",
                "a.yaml:14:54: error: behaviour 'snake-terrarium' cannot be attached to actor 'butler': it runs on things");
    }

    @Test
    void theMessageOfTheDayIsTextPlayersRead() {
        expect(check("world.yaml", WORLD + "settings:\n  motd: '{bold}Welcome{/} to the {rd}inn{/}.'\n  port: '{rd}'\n",
                "a.yaml", HALL),
                "world.yaml:4:34: warning: unknown markup tag '{rd}' in 'motd' of world.yaml; did you mean '{red}'?");
    }

    @Test
    void markup() {
        expect(check("world.yaml", WORLD + "description: '{bold}Fine{/} {{braces}} {fg:208}x{/} {#ff8800}y{/}'\n",
                "a.yaml", """
                rooms:
                  hall:
                    name: '{rd}Hall{/}'
                    description: |
                      A {bright-bleu}hall{/} with {fg:300}odd{/} light and a stray { brace.
                      Also {bg-red}fine{/} and {bg:#123}fine{/}.
                """),
                "a.yaml:3:12: warning: unknown markup tag '{rd}' in 'name' of room 'hall'; did you mean '{red}'?",
                "a.yaml:5:9: warning: unknown markup tag '{bright-bleu}' in 'description' of room 'hall'; did you mean '{bright-blue}'?",
                "a.yaml:5:35: warning: unknown markup tag '{fg:300}' in 'description' of room 'hall'; colour numbers go from 0 to 255",
                "a.yaml:5:68: warning: '{' starts no markup tag in 'description' of room 'hall'; write '{{' for a literal brace");
    }

    @Test
    void markupIsReadAsTheRenderersReadIt() {
        // A '{/}' with nothing open is shown as written, so it is warned about, unless it closes a
        // tag already warned about; a '{' before a tag's '}' starts no tag, and the tag after it
        // counts; names in any case, with spaces around them, are tags; columns count code points.
        expect(check("world.yaml", WORLD, "a.yaml", """
                rooms:
                  hall:
                    name: '{ Red }Hall{/}{/}'
                    description: |
                      A {rd}hall{/} with a {b{bold}brace{/} and 🙂 {fg:1000}.
                      {BRIGHT-BLUE}Blue{reset}{/}{grey}.
                """),
                "a.yaml:3:26: warning: '{/}' closes no open tag in 'name' of room 'hall'; remove it, or write '{{/}' to show it as written",
                "a.yaml:5:9: warning: unknown markup tag '{rd}' in 'description' of room 'hall'; did you mean '{red}'?",
                "a.yaml:5:28: warning: '{' starts no markup tag in 'description' of room 'hall'; write '{{' for a literal brace",
                "a.yaml:5:51: warning: unknown markup tag '{fg:1000}' in 'description' of room 'hall'; colour numbers go from 0 to 255",
                "a.yaml:6:31: warning: '{/}' closes no open tag in 'description' of room 'hall'; remove it, or write '{{/}' to show it as written");
    }

    @Test
    void oneTypoGivesOneDiagnosticNotACascade() {
        expect(check("world.yaml", WORLD, "a.yaml", """
                rooms:
                  hall:
                    description: A hall.
                    exits: {north: {to: study, door: {id: d, state: locked, key: study-kye}}}
                    exits: {}
                  study:
                    description: A study.
                    exits: {south: {to: hall, door: d}, east: galery}
                  gallery:
                    description: A gallery.
                    exits: {west: study}
                things:
                  study-key: {is-key: true, in: hall}
                """),
                "a.yaml:4:66: error: door 'd' is locked with key 'study-kye', which does not exist; did you mean 'study-key'?",
                "a.yaml:5:5: error: 'exits' appears twice in room 'hall' (first at a.yaml:4:5)",
                "a.yaml:8:47: error: exit 'east' of room 'study' leads to 'galery', which does not exist; did you mean 'gallery'?");
    }

    @Test
    void locksWhoseKeysCanNeverBeReached() {
        expect(check("world.yaml", WORLD, "a.yaml", """
                rooms:
                  hall:
                    description: A hall.
                    exits:
                      north: {to: vault, door: {id: vault-door, state: locked, key: vault-key}}
                      east: {to: study, door: {id: study-door, state: locked, key: study-key}}
                  vault:
                    description: The vault-key is in here, behind its own door.
                    exits: {south: {to: hall, door: vault-door}}
                  study:
                    description: Reached with a key from a chest whose key lies in the hall.
                    exits: {west: {to: hall, door: study-door}}
                things:
                  vault-key: {is-key: true, in: vault}
                  box-key: {is-key: true, in: hall}
                  box: {container: true, locked: true, key: box-key, in: hall}
                  study-key: {is-key: true, in: box}
                  safe: {container: true, locked: true, key: safe-key, in: study}
                  safe-key: {is-key: true, in: safe}
                """),
                "a.yaml:5:37: warning: door 'vault-door' can never be unlocked: no player can reach its key"
                        + " 'vault-key' without going through it; put the key somewhere a player can reach first",
                "a.yaml:18:3: warning: thing 'safe' can never be unlocked: no player can reach its key 'safe-key';"
                        + " put the key somewhere a player can reach first");
    }
}
