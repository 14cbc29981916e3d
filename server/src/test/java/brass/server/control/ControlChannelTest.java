package brass.server.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The channel's files and its client, on a real Unix socket. */
class ControlChannelTest {

    @TempDir
    Path data;

    private final List<Operation> ping = List.of(new Operation("ping", List.of(),
            args -> CompletableFuture.completedFuture(ControlReply.ok("Brass is running."))));

    @Test
    void aSecondChannelOnTheSameDataFolderIsRefusedAndTheFirstKeepsItsFiles() throws Exception {
        try (ControlChannel first = ControlChannel.open(data, ping)) {
            assertThatThrownBy(() -> ControlChannel.open(data, ping))
                    .isInstanceOf(IOException.class)
                    .hasMessage("another Brass server answers on " + data.resolve("control")
                            + "; is one running on the same data folder?");
            assertThat(ControlClient.ask(data, "ping", List.of())).contains(ControlReply.ok("Brass is running."));
        }
        assertThat(ControlClient.ask(data, "ping", List.of())).isEqualTo(Optional.empty());
        assertThat(ControlClient.running(data)).isFalse();
    }

    @Test
    void withNoServerThereIsNothingToAsk() throws Exception {
        assertThat(ControlClient.ask(data, "ping", List.of())).isEmpty();
        assertThat(ControlClient.running(data)).isFalse();
    }
}
