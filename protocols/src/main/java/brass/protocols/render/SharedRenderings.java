package brass.protocols.render;

/**
 * The last few renderings made on this thread, shared between connections. When an event is
 * narrated to a crowd, every bystander is handed the same {@code String} (the world renders it
 * once: {@code Narrator.isBystander}); connections with the same colour level, width and line
 * ending then get the same rendering without parsing, colouring and wrapping it again. Matching is
 * by the text's identity first, so a crowd's hit costs a few comparisons; then by its content
 * (hash, then equality), because a room looks the same to most who look at it or arrive in it,
 * and each of them is handed a text of their own. A rendering depends only on the text and the
 * renderer's colour level, width and line ending, so an equal text's rendering is the same.
 *
 * <p>One cache per thread: each game loop keeps its own, and no lock is taken.
 */
public final class SharedRenderings {

    private static final int SLOTS = 16;
    private static final ThreadLocal<SharedRenderings> PER_THREAD = ThreadLocal.withInitial(SharedRenderings::new);

    private final String[] sources = new String[SLOTS];
    private final TextRenderer[] renderers = new TextRenderer[SLOTS];
    private final String[] results = new String[SLOTS];
    private int next;
    private long hits;
    private long misses;

    private SharedRenderings() {
    }

    /**
     * {@code markup} rendered by {@code renderer} as a whole line (ending in CRLF), made once for
     * every renderer alike.
     */
    public static String line(TextRenderer renderer, String markup) {
        return PER_THREAD.get().lookup(renderer, markup);
    }

    /**
     * This thread's cache, for a caller confined to one thread (a game loop's connection) to keep:
     * a crowd asks for it a thousand times an event, and each {@link ThreadLocal} lookup costs more
     * than the cache's own.
     */
    public static SharedRenderings onThisThread() {
        return PER_THREAD.get();
    }

    /** As {@link #line(TextRenderer, String)}, on this cache: the calling thread must be its own. */
    public String render(TextRenderer renderer, String markup) {
        return lookup(renderer, markup);
    }

    /** This thread's hits and misses so far: for tests and benchmarks. */
    public static long[] hitsAndMisses() {
        SharedRenderings r = PER_THREAD.get();
        return new long[] {r.hits, r.misses};
    }

    private String lookup(TextRenderer renderer, String markup) {
        for (int i = 0; i < SLOTS; i++) {
            if (sources[i] == markup && renderers[i].sameOutputAs(renderer)) {
                hits++;
                return results[i];
            }
        }
        int hash = markup.hashCode();
        for (int i = 0; i < SLOTS; i++) {
            String source = sources[i];
            if (source != null && source.hashCode() == hash && source.equals(markup)
                    && renderers[i].sameOutputAs(renderer)) {
                hits++;
                return results[i];
            }
        }
        misses++;
        String result = renderer.render(markup) + TextRenderer.CRLF;
        sources[next] = markup;
        renderers[next] = renderer;
        results[next] = result;
        next = (next + 1) % SLOTS;
        return result;
    }
}
