package brass.world.files.source;

/**
 * One script file of a world, {@code scripts/NAME.js}, as read.
 *
 * @param name  its name without {@code .js}, as reactions name it ({@code butler} in {@code butler.greet})
 * @param label the file as diagnostics name it
 * @param text  its text
 */
public record ScriptSource(String name, String label, String text) {
}
