package brass.protocols.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The files the web client's page is made of, read once from the class path: the page itself
 * (this package's resources) and xterm.js with its fit addon (their WebJars, at the version the
 * build resolved). These paths are all the HTTP side serves.
 */
public final class WebAssets {

    /** One file: what the browser is told it is, and its bytes. */
    public record Asset(String contentType, byte[] bytes) {
    }

    private static final String OWN = "brass/protocols/web/";
    private static final String HTML = "text/html; charset=utf-8";
    private static final String JS = "text/javascript; charset=utf-8";
    private static final String CSS = "text/css; charset=utf-8";

    private final Map<String, Asset> assets;

    private WebAssets(Map<String, Asset> assets) {
        this.assets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(assets));
    }

    /** Reads every asset; a missing one (a broken build) fails here, at start, not at a player's request. */
    public static WebAssets load() {
        ClassLoader loader = WebAssets.class.getClassLoader();
        String xterm = webJar(loader, "xterm") + "/";
        String fit = webJar(loader, "xterm-addon-fit") + "/";
        Map<String, Asset> m = new LinkedHashMap<>();
        m.put("/", read(loader, OWN + "index.html", HTML));
        m.put("/brass.js", read(loader, OWN + "brass.js", JS));
        m.put("/brass.css", read(loader, OWN + "brass.css", CSS));
        m.put("/xterm.js", read(loader, xterm + "lib/xterm.js", JS));
        m.put("/xterm.css", read(loader, xterm + "css/xterm.css", CSS));
        m.put("/xterm-addon-fit.js", read(loader, fit + "lib/xterm-addon-fit.js", JS));
        return new WebAssets(m);
    }

    /** The asset served at {@code path} (without a query), if any. */
    public Optional<Asset> at(String path) {
        return Optional.ofNullable(assets.get(path));
    }

    /** Every path served. */
    public java.util.Set<String> paths() {
        return assets.keySet();
    }

    /** Where an npm WebJar keeps its files: {@code META-INF/resources/webjars/NAME/VERSION}. */
    private static String webJar(ClassLoader loader, String name) {
        Properties p = new Properties();
        String pom = "META-INF/maven/org.webjars.npm/" + name + "/pom.properties";
        try (InputStream in = loader.getResourceAsStream(pom)) {
            if (in == null) {
                throw new IllegalStateException("the WebJar " + name + " is not on the class path (" + pom + ")");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "META-INF/resources/webjars/" + name + "/" + p.getProperty("version");
    }

    private static Asset read(ClassLoader loader, String resource, String type) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the web client's " + resource + " is not on the class path");
            }
            return new Asset(type, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
