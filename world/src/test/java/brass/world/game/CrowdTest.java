package brass.world.game;

import static org.assertj.core.api.Assertions.assertThat;

import brass.world.model.Crowds;
import brass.world.model.Thing;
import brass.world.model.World;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A crowded room: the line a look shows past the room's crowd, who comes first in it, and
 * {@code who}, {@code people} ({@code look crowd}) and {@code more} a page at a time, with a
 * thousand players in one hall.
 */
class CrowdTest {

    private static final String HALL = "The Hall\nA long hall.\nExits: north.";
    private static final String NOOK = "The Nook\nA small nook.\nExits: south.";

    private Table table;
    private Thing hall;
    private Thing nook;

    @BeforeEach
    void setUp() {
        World world = new World();
        hall = world.room("hall", "The Hall", "A long hall.");
        nook = world.room("nook", "The Nook", "A small nook.");
        world.connect(hall, brass.world.model.Direction.NORTH, nook);
        world.startRoom(hall);
        table = new Table(world);
    }

    /** Players P0001 to P{n} come in, in that order, reading nothing anyone checks. */
    private List<Table.Seat> crowd(int n) {
        List<Table.Seat> seats = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            seats.add(table.join(String.format("p%04d", i)));
        }
        return seats;
    }

    @Test
    void upToTheCrowdEveryoneIsNamedAndPastItTwoAreNamedAndTheRestCounted() {
        List<Table.Seat> seats = crowd(11);
        Table.Seat last = seats.get(10);
        // Ten others, the world's crowd (10 unless the files say otherwise): all named.
        assertThat(table.world.crowds().standard()).isEqualTo(Crowds.DEFAULT).isEqualTo(10);
        assertThat(last.does("look")).isEqualTo(HALL + "\nP0001, P0002, P0003, P0004, P0005, P0006, P0007, P0008, "
                + "P0009, and P0010 are here.");
        Table.Seat twelfth = table.join("p0012");
        assertThat(twelfth.does("look")).isEqualTo(HALL + "\nP0001, P0002, and nine others are here.");
        // Arriving shows the same line.
        assertThat(last.does("north")).isEqualTo(NOOK);
        assertThat(last.does("south")).isEqualTo(HALL + "\nP0001, P0002, and nine others are here.");
    }

    @Test
    void aThousandInOneHall() {
        List<Table.Seat> seats = crowd(1000);
        assertThat(seats.get(999).does("look")).isEqualTo(HALL + "\nP0001, P0002, and 997 others are here.");
        assertThat(seats.get(0).does("l")).isEqualTo(HALL + "\nP0002, P0003, and 997 others are here.");
    }

    @Test
    void oneOtherIsCountedInTheSingular() {
        crowd(3);
        Table.Seat viewer = table.join("viewer");
        table.world.crowds().set(10, Map.of("hall", 2));
        assertThat(viewer.does("look")).isEqualTo(HALL + "\nP0001, P0002, and one other are here.");
        table.world.crowds().set(1, Map.of());
        assertThat(viewer.does("look")).isEqualTo(HALL + "\nP0001 and two others are here.");
        table.world.crowds().set(3, Map.of());
        assertThat(viewer.does("look")).isEqualTo(HALL + "\nP0001, P0002, and P0003 are here.");
    }

    @Test
    void aRoomsOwnCrowdOverridesTheWorlds() {
        List<Table.Seat> seats = crowd(5);
        table.world.crowds().set(3, Map.of("nook", 50));
        assertThat(table.world.crowds().of(hall)).isEqualTo(3);
        assertThat(table.world.crowds().of(nook)).isEqualTo(50);
        assertThat(seats.get(4).does("look")).isEqualTo(HALL + "\nP0001, P0002, and two others are here.");
        for (Table.Seat s : seats.subList(0, 4)) {
            s.does("north");
        }
        assertThat(seats.get(4).does("north")).isEqualTo(NOOK + "\nP0001, P0002, P0003, and P0004 are here.");
    }

    @Test
    void thoseYouFollowAndWhoFollowYouAreNamedFirst() {
        List<Table.Seat> seats = crowd(1000);
        Table.Seat viewer = seats.get(999);
        viewer.does("follow p0500");
        seats.get(699).does("follow p1000");
        assertThat(viewer.does("look")).isEqualTo(HALL + "\nP0500, P0700, and 997 others are here.");
        assertThat(seats.get(0).does("look")).isEqualTo(HALL + "\nP0002, P0003, and 997 others are here.");
    }

    @Test
    void peopleWhoAreNotPlayersAreNamedWithTheirArticles() {
        crowd(12);
        table.world.actor("cockroach", "brass cockroach", hall).properName(false);
        Table.Seat viewer = table.join("viewer");
        viewer.does("follow p0003");
        // Arrival order puts the cockroach after the twelve players; nobody is named before it but P0003.
        assertThat(viewer.does("look")).isEqualTo(HALL + "\nP0003, P0001, and eleven others are here.");
        assertThat(viewer.does("people 1")).endsWith("  P0012\n  a brass cockroach\n13 others here.");
        // In the nook, with a crowd of one: the cockroach first, and a capital letter for it.
        table.world.crowds().set(1, Map.of());
        table.world.get("cockroach").moveTo(nook);
        table.world.actor("spider", "clockwork spider", nook).properName(false);
        viewer.does("follow self");
        assertThat(viewer.does("north")).isEqualTo(NOOK + "\nA brass cockroach and one other are here.");
    }

    @Test
    void everyPageOfWhoIsThatPageOfEveryoneSortedAdminsThenBuildersThenByName() {
        List<Table.Seat> seats = crowd(95);
        java.util.Random random = new java.util.Random(16);
        List<String> expected = new java.util.ArrayList<>();
        for (Table.Seat s : seats) {
            String role = switch (random.nextInt(5)) {
                case 0 -> "admin";
                case 1 -> "builder";
                default -> "";
            };
            s.session.role(role);
        }
        seats.stream().sorted(java.util.Comparator.<Table.Seat>comparingInt(s -> switch (s.session.status().role()) {
            case "admin" -> 0;
            case "builder" -> 1;
            default -> 2;
        }).thenComparing(s -> s.actor().name())).forEach(s -> expected.add("  " + s.actor().name()
                + (s.session.status().role().isEmpty() ? "" : "  [" + s.session.status().role() + "]")));
        Table.Seat viewer = seats.get(40);
        for (int page = 1; page <= 5; page++) {
            String shown = viewer.does("who " + page);
            List<String> rows = List.of(shown.split("\n")).subList(1, page == 5 ? 16 : 21);
            assertThat(rows).as("page %d", page).containsExactlyElementsOf(
                    expected.subList((page - 1) * 20, Math.min(95, page * 20)));
        }
    }

    @Test
    void whoComesInPagesOfTwentyAndMoreShowsTheNext() {
        List<Table.Seat> seats = crowd(1000);
        Table.Seat viewer = seats.get(0);
        assertThat(viewer.does("who")).isEqualTo("Players in the game:\n" + names(1, 20)
                + "1000 players.\nPage 1 of 50. Type 'more' (or 'who 2') for the next.");
        assertThat(viewer.does("more")).isEqualTo("Players in the game:\n" + names(21, 40)
                + "1000 players.\nPage 2 of 50. Type 'more' (or 'who 3') for the next.");
        assertThat(viewer.does("who 49")).isEqualTo("Players in the game:\n" + names(961, 980)
                + "1000 players.\nPage 49 of 50. Type 'more' (or 'who 50') for the next.");
        assertThat(viewer.does("more")).isEqualTo("Players in the game:\n" + names(981, 1000)
                + "1000 players.\nPage 50 of 50.");
        assertThat(viewer.does("more")).isEqualTo("There is nothing more to show.");
        assertThat(viewer.does("players 50")).endsWith("  P1000\n1000 players.\nPage 50 of 50.");
    }

    @Test
    void aPageThatIsNotThereIsAClearMessage() {
        List<Table.Seat> seats = crowd(45);
        Table.Seat viewer = seats.get(0);
        assertThat(viewer.does("who 4")).isEqualTo("There are only 3 pages: 'who 3' shows the last.");
        assertThat(viewer.does("who 99999999999999")).isEqualTo("There are only 3 pages: 'who 3' shows the last.");
        assertThat(viewer.does("who 0")).isEqualTo("'who' takes a page number, such as 'who 2'.");
        assertThat(viewer.does("who bob")).isEqualTo("'who' takes a page number, such as 'who 2'.");
        assertThat(viewer.does("players -1")).isEqualTo("'players' takes a page number, such as 'players 2'.");
        assertThat(viewer.does("who 3")).isEqualTo("Players in the game:\n" + names(41, 45)
                + "45 players.\nPage 3 of 3.");
        assertThat(viewer.does("who 03")).isEqualTo("Players in the game:\n" + names(41, 45)
                + "45 players.\nPage 3 of 3.");
        assertThat(viewer.does("more")).isEqualTo("There is nothing more to show.");
    }

    /** A listing that fits one page has no page line, and no second page. */
    @Test
    void oneSmallPage() {
        List<Table.Seat> seats = crowd(2);
        Table.Seat viewer = seats.get(0);
        assertThat(viewer.does("who")).isEqualTo("Players in the game:\n  P0001\n  P0002\n2 players.");
        assertThat(viewer.does("more")).isEqualTo("There is nothing more to show.");
        assertThat(viewer.does("who 2")).isEqualTo("There is only one page: 'who' shows it.");
        assertThat(viewer.does("people")).isEqualTo("People here:\n  P0002\n1 other here.");
        assertThat(viewer.does("people 2")).isEqualTo("There is only one page: 'people' shows it.");
    }

    @Test
    void lookCrowdListsEveryoneHereInPages() {
        List<Table.Seat> seats = crowd(1000);
        Table.Seat viewer = seats.get(999);
        viewer.does("follow p0500");
        seats.get(699).does("follow p1000");
        assertThat(viewer.does("look crowd")).isEqualTo("People here:\n  P0500 (leading you)\n  P0700 (following you)\n"
                + names(1, 18) + "999 others here.\n"
                + "Page 1 of 50. Type 'more' (or 'look crowd 2') for the next.");
        assertThat(viewer.does("more")).isEqualTo("People here:\n" + names(19, 38)
                + "999 others here.\nPage 2 of 50. Type 'more' (or 'look crowd 3') for the next.");
        // The last page: 999 people, 20 a page, 19 on the last; P0500 and P0700 came first, so it ends at P0999.
        assertThat(viewer.does("crowd 50")).isEqualTo("People here:\n" + names(981, 999)
                + "999 others here.\nPage 50 of 50.");
        assertThat(viewer.does("people 51")).isEqualTo("There are only 50 pages: 'people 50' shows the last.");
        assertThat(viewer.does("l crowd x")).isEqualTo("'l crowd' takes a page number, such as 'l crowd 2'.");
    }

    @Test
    void moreContinuesWhicheverListingWasPagedLast() {
        List<Table.Seat> seats = crowd(45);
        Table.Seat viewer = seats.get(0);
        viewer.does("who");
        assertThat(viewer.does("people")).endsWith("44 others here.\nPage 1 of 3. Type 'more' (or 'people 2') for the next.");
        assertThat(viewer.does("more")).isEqualTo("People here:\n" + names(22, 41)
                + "44 others here.\nPage 2 of 3. Type 'more' (or 'people 3') for the next.");
        viewer.does("who 2");
        assertThat(viewer.does("more")).isEqualTo("Players in the game:\n" + names(41, 45) + "45 players.\nPage 3 of 3.");
        // Another command in between changes nothing.
        viewer.does("people 2");
        viewer.does("look");
        assertThat(viewer.does("more")).startsWith("People here:\n  P0042\n");
    }

    @Test
    void moreFollowsTheListingAsItNowStands() {
        List<Table.Seat> seats = crowd(30);
        Table.Seat viewer = seats.get(0);
        viewer.does("people");
        // Fifteen leave: what was page 2 is gone.
        for (Table.Seat s : seats.subList(15, 30)) {
            s.does("north");
        }
        assertThat(viewer.does("more")).isEqualTo("There is only one page: 'people' shows it.");
        assertThat(viewer.does("more")).isEqualTo("There is nothing more to show.");
    }

    @Test
    void inTheDarkOrAloneThereIsNobodyToList() {
        Table.Seat viewer = table.join("viewer");
        assertThat(viewer.does("people")).isEqualTo("There is nobody here but you.");
        crowd(3);
        nook.dark(true);
        viewer.does("north");
        assertThat(viewer.does("people")).isEqualTo("It is pitch dark. You can't see a thing.");
        assertThat(viewer.does("more")).isEqualTo("There is nothing more to show.");
    }

    /** "  P0021\n" to "  P0040\n". */
    private static String names(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i <= to; i++) {
            sb.append("  P").append(String.format("%04d", i)).append('\n');
        }
        return sb.toString();
    }
}
