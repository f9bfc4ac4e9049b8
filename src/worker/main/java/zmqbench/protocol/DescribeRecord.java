package zmqbench.protocol;

/** {@code {"event":"describe",...}}: the answer to {@code --describe}, what this worker's backend is. */
public record DescribeRecord(String event, String backend, String backendVersion, String libzmqVersion) {

    public static final String EVENT = "describe";

    public DescribeRecord(String backend, String backendVersion, String libzmqVersion) {
        this(EVENT, backend, backendVersion, libzmqVersion);
    }
}
