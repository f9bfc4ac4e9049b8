package zmqbench.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import zmqbench.options.Preset;
import zmqbench.protocol.Json;

/** Lists the presets with what they run and roughly how long they take here. */
@Command(name = "presets",
        mixinStandardHelpOptions = true,
        description = "List the presets of 'compare --preset'.",
        footer = {"%nExit status: 0 ok, 2 bad usage.", "%nExamples:", "  zmqbench presets",
            "  zmqbench presets --format json", "  zmqbench compare --preset native"})
final class PresetsCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private ListFormat format;

    @Override
    public Integer call() {
        boolean json = format.json(spec);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.PRETTY.toJson(records(), out);
            out.println();
        } else {
            for (Preset preset : Preset.values()) {
                out.printf("%-10s %-18s %s%n", preset.cliName(), preset.duration(), preset.description());
            }
        }
        out.flush();
        return CommandLine.ExitCode.OK;
    }

    /** Each preset: its name, what it runs, how long it takes here, and the options it resolves to. */
    private static JsonArray records() {
        JsonArray presets = new JsonArray();
        for (Preset preset : Preset.values()) {
            JsonObject record = new JsonObject();
            record.addProperty("name", preset.cliName());
            record.addProperty("description", preset.description());
            record.addProperty("duration", preset.duration());
            record.add("options", Json.GSON.toJsonTree(preset.builder().build()));
            presets.add(record);
        }
        return presets;
    }
}
