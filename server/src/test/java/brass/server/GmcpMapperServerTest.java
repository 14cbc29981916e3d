package brass.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mapper's view of the default world over GMCP, on a real socket: the area comes from the world files. */
class GmcpMapperServerTest {

    private static final int IAC = 255;
    private static final int DO = 253;
    private static final int SB = 250;
    private static final int SE = 240;
    private static final int GMCP = 201;

    private static final long LANE = 3314156; // "lane"

    @TempDir
    Path dir;

    private static void send(OutputStream out, Object... parts) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof Integer b) {
                bytes.write(b);
            } else {
                bytes.write(part.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        out.write(bytes.toByteArray());
        out.flush();
    }

    @Test
    void roomInfoNamesTheAreaOfTheFileTheRoomIsIn() throws Exception {
        try (Server server = TestServers.started(dir); Socket socket = new Socket("127.0.0.1", server.telnetPort())) {
            OutputStream out = socket.getOutputStream();
            ProcessOutput in = new ProcessOutput("telnet socket", socket.getInputStream());
            in.await("By what name shall we know you?");
            // As Mudlet answers the server's WILL GMCP and says what it wants.
            send(out, IAC, DO, GMCP, IAC, SB, GMCP, "Core.Hello {\"client\":\"Mudlet\",\"version\":\"4.17.2\"}", IAC, SE,
                    IAC, SB, GMCP, "Core.Supports.Set [\"Char 1\", \"Room 1\", \"Comm.Channel 1\"]", IAC, SE);
            send(out, "Tess\r\n");
            in.await("(yes/no)");
            send(out, "yes\r\n");
            in.await("Choose a password");
            send(out, "secret12\r\n");
            in.await("Type it again");
            send(out, "secret12\r\n");
            String seen = in.await("Welcome, Tess!");
            seen = in.await("\"area\":\"The Tinker's Rest\"");
            // The common room is in inn/ground-floor.yaml, whose area: is "The Tinker's Rest";
            // its number is the same at every start (String.hashCode of "common-room", 31 bits).
            int from = seen.indexOf("Room.Info {");
            String roomInfo = seen.substring(from, seen.indexOf("}}", from) + 2);
            // Each exit with the number of the room it leads to: kitchen, snug, cloakroom, landing,
            // and Clockwork Lane through the front door.
            assertThat(roomInfo).isEqualTo("Room.Info {\"num\":176485245,\"id\":\"common-room\",\"name\":"
                    + "\"The Common Room\",\"area\":\"The Tinker's Rest\",\"environment\":\"inside\",\"exits\":{\"north\":1442371492,"
                    + "\"east\":3535405,\"west\":1156117675,\"up\":2095331863,\"south\":" + LANE + "}}");
            assertThat(seen).contains("Comm.Channel.List [{\"name\":\"chat\",\"caption\":\"Chat\",\"command\":\"chat\"},"
                    + "{\"name\":\"newbie\",\"caption\":\"Newbie\",\"command\":\"newbie\"}]");
        }
    }
}
