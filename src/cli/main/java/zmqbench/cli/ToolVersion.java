package zmqbench.cli;

import picocli.CommandLine;

/** The tool's version, from the jar's manifest (Maven's project version). */
public final class ToolVersion implements CommandLine.IVersionProvider {

    public static String get() {
        String version = ToolVersion.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"zmqbench " + get()};
    }
}
