package brass.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web client in a real browser: Debian's Chromium, headless, driven through chromedriver.
 * One browser session plays through everything a player does in it, beside a telnet player on a
 * real socket. Skips, saying why, where Chromium or its driver is not installed.
 */
class WebClientBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    final RunningServer server = RunningServer.startedByTheTest();

    private WebDriver browser;
    private JavascriptExecutor js;
    private WebElement line;

    @Test
    void aBrowserPlayerLogsInTalksWatchesTheTerrariumResizesAndReconnects() throws Exception {
        Optional<Path> chromium = onPath("chromium");
        Optional<Path> driver = onPath("chromedriver");
        if (chromium.isEmpty() || driver.isEmpty()) {
            String why = "WebClientBrowserTest skipped: " + (chromium.isEmpty() ? "chromium" : "chromedriver")
                    + " is not installed (Debian: apt-get install chromium chromium-driver)";
            System.out.println(why);
            Assumptions.abort(why);
        }
        server.start(server.config().withWebPort(0));
        int port = server.get().webPort().orElseThrow();
        ChromeOptions options = new ChromeOptions().setBinary(chromium.get().toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--window-size=1000,700");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.get().toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        try {
            js = (JavascriptExecutor) browser;
            play(port);
        } finally {
            browser.quit();
        }
    }

    private void play(int port) throws Exception {
        browser.get("http://127.0.0.1:" + port + "/");
        line = browser.findElement(By.id("line"));

        // Logging in: a new character, the password hidden and never echoed.
        awaitText("By what name shall we know you?");
        type("Wendy");
        awaitText("Create that character? (yes/no)");
        type("yes");
        awaitText("Choose a password");
        until(d -> line.getAttribute("type").equals("password"));
        type("secret12");
        awaitText("Type it again:");
        type("secret12");
        awaitText("Welcome, Wendy! Type help for the commands.");
        assertThat(line.getAttribute("type")).isEqualTo("text");
        assertThat(text()).doesNotContain("secret12");
        // The markup's bold reached the terminal as ANSI.
        assertThat(cell("Welcome, Wendy! Type help", "help")).containsEntry("bold", true);

        // Talking to a telnet player, both ways.
        try (TelnetClient tom = TelnetClient.createCharacter(server.telnetPort(), "Tom", "secret34")) {
            tom.send("say hello from telnet");
            awaitText("Tom says, \"hello from telnet\"");
            type("say hi from the browser");
            tom.await("Wendy says, \"hi from the browser\"");
            awaitText("say hi from the browser\nYou say, \"hi from the browser\"");

            // Input history: up and down through what was typed, never the password.
            line.sendKeys(Keys.ARROW_UP);
            assertThat(line.getAttribute("value")).isEqualTo("say hi from the browser");
            line.sendKeys(Keys.ARROW_UP);
            assertThat(line.getAttribute("value")).isEqualTo("yes");
            line.sendKeys(Keys.ARROW_UP);
            assertThat(line.getAttribute("value")).isEqualTo("Wendy");
            line.sendKeys(Keys.ARROW_UP);
            assertThat(line.getAttribute("value")).isEqualTo("Wendy");
            line.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN);
            assertThat(line.getAttribute("value")).isEmpty();

            walkToTheConservatory();
            tom.send("east");
            tom.await("The Snug");
            tom.send("east");
            tom.await("The Conservatory");
            awaitText("Tom arrives from the west.");
            // World colours: the terrarium's green punctuation is green in the terminal.
            type("look at terrarium");
            awaitText("punctuation");
            assertThat(cell("made of punctuation", "punctuation")).containsEntry("palette", true).containsEntry("fg", 2L);

            phoneWidth();
            watchTheTerrarium(tom);
        }
        quitAndComeBack();
        reconnectAfterTheServerRestarts(port);
    }

    private void walkToTheConservatory() {
        type("east");
        awaitText("The Snug");
        type("east");
        awaitText("The Conservatory");
    }

    /** At a phone's width the terminal has fewer columns, and the game wraps its text to them. */
    private void phoneWidth() {
        long wide = columns();
        browser.manage().window().setSize(new Dimension(390, 844));
        // A phone's 390 pixels hold about 50 columns (the page's font is smaller there).
        until(d -> columns() < 60);
        long narrow = columns();
        assertThat(wide).isGreaterThan(100);
        // The input line still fits the window.
        assertThat(line.getRect().getX() + line.getRect().getWidth()).isLessThanOrEqualTo(390);
        type("look");
        awaitText("Glass above");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) js.executeScript(
                "var b = brass.terminal.buffer.active, rows = [], start = -1;"
                        + "for (var i = 0; i < b.length; i++) { var t = b.getLine(i).translateToString(true);"
                        + "  if (t.indexOf('Glass above') === 0) { start = i; } }"
                        + "for (var j = start; j < b.length; j++) { var l = b.getLine(j);"
                        + "  rows.push({text: l.translateToString(true), wrapped: l.isWrapped}); }"
                        + "return rows;");
        List<String> description = rows.stream().map(r -> (String) r.get("text"))
                .takeWhile(t -> !t.isEmpty() && !t.startsWith("Exits")).toList();
        // Broken into several rows, each within the width, by the game (at spaces), not by the terminal.
        assertThat(description.size()).isGreaterThan(2);
        assertThat(description).allMatch(t -> t.length() <= narrow, "fits " + narrow + " columns");
        assertThat(rows).noneMatch(r -> (Boolean) r.get("wrapped"));
        browser.manage().window().setSize(new Dimension(1000, 700));
        until(d -> columns() > 80);
    }

    private void watchTheTerrarium(TelnetClient tom) throws Exception {
        type("watch terrarium");
        until(d -> bufferType().equals("alternate"));
        until(d -> browser.findElement(By.id("keys")).isDisplayed());
        awaitText("s: spawn a snake");
        // Frames change while the player watches.
        String first = text();
        until(d -> !text().equals(first));
        String second = text();
        until(d -> !text().equals(second));
        // s, pressed (no Enter): a snake for everyone.
        line.sendKeys("s");
        awaitText("A new snake slithers out");
        // A resize while watching: the animation goes on.
        browser.manage().window().setSize(new Dimension(900, 650));
        String resized = text();
        until(d -> !text().equals(resized));
        // h from the on-screen button.
        browser.findElement(By.cssSelector("#keys button[data-key='h']")).click();
        awaitText("Hiccup!");
        // q from the on-screen button: back in the room, the input line as it was.
        browser.findElement(By.cssSelector("#keys button[data-key='q']")).click();
        until(d -> bufferType().equals("normal"));
        until(d -> !browser.findElement(By.id("keys")).isDisplayed());
        type("say back from the glass");
        tom.await("Wendy says, \"back from the glass\"");
        awaitText("say back from the glass\nYou say, \"back from the glass\"");
    }

    /** The game closing the connection (quit) waits for Enter rather than reconnecting by itself. */
    private void quitAndComeBack() {
        type("quit");
        awaitText("Disconnected. Press Enter to connect again.");
        assertThat(js.executeScript("return brass.connected()")).isEqualTo(false);
        int prompts = count("By what name shall we know you?");
        type("");
        until(d -> count("By what name shall we know you?") > prompts);
        logIn();
    }

    /** A connection the server drops (here: a restart on the same port) comes back by itself. */
    private void reconnectAfterTheServerRestarts(int port) throws Exception {
        int prompts = count("By what name shall we know you?");
        server.close();
        awaitText("The server is going down now. Goodbye!");
        awaitText("Connection lost. Reconnecting in");
        server.start(server.config().withWebPort(port));
        until(d -> count("By what name shall we know you?") > prompts);
        logIn();
    }

    private void logIn() {
        int entered = count(MOTD);
        type("Wendy");
        until(d -> line.getAttribute("type").equals("password"));
        type("secret12");
        until(d -> count(MOTD) > entered);
        assertThat(line.getAttribute("type")).isEqualTo("text");
    }

    /** What the game says to a player entering it. */
    private static final String MOTD = "Welcome to the Tinker's Rest. Type 'look', then go and find the clockwork heart.";

    // ---- reading the page ----

    private void type(String text) {
        line.sendKeys(text, Keys.ENTER);
    }

    private String text() {
        return (String) js.executeScript("return brass.text()");
    }

    private long columns() {
        return (Long) js.executeScript("return brass.terminal.cols");
    }

    private String bufferType() {
        return (String) js.executeScript("return brass.terminal.buffer.active.type");
    }

    private int count(String s) {
        String all = text();
        int n = 0;
        for (int at = all.indexOf(s); at >= 0; at = all.indexOf(s, at + 1)) {
            n++;
        }
        return n;
    }

    /** The attributes of the first cell of {@code word} in the last row that contains {@code row}. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> cell(String row, String word) {
        return (Map<String, Object>) js.executeScript(
                "var b = brass.terminal.buffer.active;"
                        + "for (var i = b.length - 1; i >= 0; i--) { var l = b.getLine(i), t = l.translateToString(true);"
                        + "  if (t.indexOf(arguments[0]) >= 0) { var c = l.getCell(t.indexOf(arguments[1]));"
                        + "    return {bold: c.isBold() !== 0, palette: c.isFgPalette(), fg: c.getFgColor()}; } }"
                        + "return null;", row, word);
    }

    private void awaitText(String s) {
        until(d -> text().contains(s));
    }

    private void until(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, WAIT).withMessage(() -> "the terminal shows:\n" + text()).until(condition);
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, program))
                .filter(Files::isExecutable).findFirst();
    }
}
