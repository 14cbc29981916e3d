package brass.net;

/** Prints the transport this process chose: run by {@link TransportVariableTest} with its own environment. */
public final class ChosenTransport {

    private ChosenTransport() {
    }

    public static void main(String[] args) {
        try {
            System.out.println("chosen: " + NettyTransport.chosen());
        } catch (IllegalStateException e) {
            System.out.println("refused: " + e.getMessage());
            System.exit(2);
        }
    }
}
