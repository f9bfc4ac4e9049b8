package zmqbench.scenario;

/**
 * One line the parent writes to a worker of a sliced run (see the slice protocol in
 * {@code zmqbench.protocol}): {@code slice N P S} (the sender's line has no S), {@code stop} (a
 * throughput sender's warm-up), or {@code end}; and to the echo of a latency pair, which takes no
 * slices, {@code measure} once: the warm-up is over.
 *
 * @param messages N: measured messages (or round trips), >= 1
 * @param preRoll P: untimed ones before them, >= 1
 * @param sentBefore S: what the sender had sent in all before the slice (a throughput receiver
 *     takes up to it untimed first), >= 0; 0 where the line has none
 */
public record SliceCommand(Kind kind, long messages, long preRoll, long sentBefore) {

    /** What the line asks for. */
    public enum Kind { SLICE, STOP, END }

    public static final String STOP_LINE = "stop";
    public static final String END_LINE = "end";
    /** To a sliced latency pair's echo: the warm-up is over, meter from the next message on. */
    public static final String MEASURE_LINE = "measure";
    public static final SliceCommand STOP = new SliceCommand(Kind.STOP, 0, 0, 0);
    public static final SliceCommand END = new SliceCommand(Kind.END, 0, 0, 0);

    /** The command on {@code line}; a bad line is an error naming it (the parent is broken). */
    public static SliceCommand parse(String line) {
        if (line.equals(STOP_LINE)) {
            return STOP;
        }
        if (line.equals(END_LINE)) {
            return END;
        }
        String[] words = line.split(" ");
        if (!words[0].equals("slice") || words.length < 3 || words.length > 4) {
            throw badLine(line);
        }
        try {
            long messages = Long.parseLong(words[1]);
            long preRoll = Long.parseLong(words[2]);
            long sentBefore = words.length == 4 ? Long.parseLong(words[3]) : 0;
            if (messages < 1 || preRoll < 1 || sentBefore < 0) {
                throw badLine(line);
            }
            return new SliceCommand(Kind.SLICE, messages, preRoll, sentBefore);
        } catch (NumberFormatException e) {
            throw badLine(line);
        }
    }

    /** The line a throughput sender gets for a slice: N and P, no S. */
    public String senderLine() {
        return "slice " + messages + " " + preRoll;
    }

    /** This slice's line with S replaced (inproc: the sender's own count). */
    public String withSentBefore(long sent) {
        return senderLine() + " " + sent;
    }

    private static IllegalArgumentException badLine(String line) {
        return new IllegalArgumentException("unexpected line on stdin '" + line + "': expected 'slice N P S' (N, P "
                + ">= 1, S >= 0; a sender's without S), 'stop' or 'end'");
    }
}
