package brass.world.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The words for directions and genders: one set, read the same from world files and from players. */
class DirectionAndGenderTest {

    @Test
    void directionsAndTheirAbbreviations() {
        assertThat(Direction.parse("ne")).contains(Direction.NORTHEAST);
        assertThat(Direction.parse("Up")).contains(Direction.UP);
        assertThat(Direction.parse("SOUTHWEST")).contains(Direction.SOUTHWEST);
        assertThat(Direction.parse("ladder")).isEmpty();
        assertThat(Direction.parse(null)).isEmpty();
        for (Direction d : Direction.values()) {
            assertThat(d.opposite().opposite()).isEqualTo(d);
            assertThat(Direction.parse(d.word())).contains(d);
            d.abbreviation().ifPresent(a -> assertThat(Direction.parse(a)).contains(d));
        }
        assertThat(Arrays.stream(Direction.values()).map(Direction::word)).containsExactly("north", "northeast",
                "east", "southeast", "south", "southwest", "west", "northwest", "up", "down", "in", "out");
    }

    @Test
    void onlyTextThatLowerCasesToADirectionIsOne() {
        // Letters whose upper case is an ASCII letter ('ı' dotless i, 'ſ' long s) are other words.
        assertThat(Direction.parse("ın")).isEmpty();
        assertThat(Direction.parse("ſouth")).isEmpty();
        assertThat(Direction.parse("İn")).isEmpty();
    }

    @Test
    void gendersAreWrittenAsTheirNames() {
        assertThat(Arrays.stream(Gender.values()).map(Gender::word))
                .containsExactly("male", "female", "neuter", "plural");
    }
}
