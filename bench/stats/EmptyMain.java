/** The floor of the benchmark: a JVM that starts with gloss.jar on its class path and does nothing. */
public final class EmptyMain {
    public static void main(String[] args) {
    }
}
