package brass.world.game;

import java.util.ArrayList;
import java.util.List;

/** A PlayerView that keeps what it was sent, for assertions. */
public final class Recorder implements PlayerView {

    public final List<String> messages = new ArrayList<>();
    public String farewell;
    public int prompts;

    @Override
    public void send(String text) {
        messages.add(text);
    }

    @Override
    public void prompt(String prompt) {
        prompts++;
    }

    @Override
    public void close(String farewell) {
        this.farewell = farewell;
    }

    /** Everything received since the last call, joined by newlines. */
    public String take() {
        String all = String.join("\n", messages);
        messages.clear();
        return all;
    }
}
