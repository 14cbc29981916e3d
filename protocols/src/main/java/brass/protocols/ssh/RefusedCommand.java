package brass.protocols.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/**
 * What {@code ssh host some-command} (and {@code scp}, which is an exec too) gets: one line on
 * standard error and exit status 1. The game is a shell, not a host to run commands on.
 */
final class RefusedCommand implements Command {

    private final String message;
    private OutputStream err;
    private ExitCallback exit;

    RefusedCommand(String message) {
        this.message = message;
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    @Override
    public void setInputStream(InputStream in) {
    }

    @Override
    public void setOutputStream(OutputStream out) {
    }

    @Override
    public void setErrorStream(OutputStream stream) {
        this.err = stream;
    }

    @Override
    public void start(ChannelSession channel, Environment env) throws IOException {
        // A few dozen bytes: well inside the channel's initial window, so this does not wait.
        err.write((message + "\r\n").getBytes(StandardCharsets.UTF_8));
        err.flush();
        exit.onExit(1, "commands are not run");
    }

    @Override
    public void destroy(ChannelSession channel) {
    }
}
