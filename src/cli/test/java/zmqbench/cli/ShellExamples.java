package zmqbench.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The command lines an example shows, as a shell would split them: continuation lines joined,
 * quotes removed, and everything from a comment, pipe, redirection or list operator on left out.
 */
final class ShellExamples {

    private ShellExamples() {
    }

    /** The lines inside the fenced code blocks of a Markdown text. */
    static List<String> fencedLines(String markdown) {
        List<String> lines = new ArrayList<>();
        boolean inside = false;
        for (String line : markdown.split("\n")) {
            if (line.strip().startsWith("```")) {
                inside = !inside;
            } else if (inside) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** Lines ending in a backslash joined with the next; a leading "$ " prompt dropped. */
    static List<String> commandLines(List<String> lines) {
        List<String> commands = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String line : lines) {
            String stripped = line.strip();
            if (stripped.endsWith("\\")) {
                pending.append(stripped, 0, stripped.length() - 1).append(' ');
                continue;
            }
            pending.append(stripped);
            String command = pending.toString();
            commands.add(command.startsWith("$ ") ? command.substring(2) : command);
            pending.setLength(0);
        }
        return commands;
    }

    /** The arguments after the program of every command line that runs {@code program}. */
    static List<List<String>> invocations(List<String> lines, String program) {
        List<List<String>> invocations = new ArrayList<>();
        for (String command : commandLines(lines)) {
            // Only a line that starts with the program is a command; others may be its output.
            if (command.split("\\s+", 2)[0].equals(program)) {
                List<String> words = words(command);
                invocations.add(words.subList(1, words.size()));
            }
        }
        return invocations;
    }

    /** The words of one command line, up to a comment or an operator. */
    static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(c)) {
                word = flush(words, word);
            } else if ((c == '#' && word == null) || c == '|' || c == '>' || c == '<' || c == ';' || c == '&') {
                break;
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("unclosed quote in: " + command);
        }
        flush(words, word);
        return words;
    }

    private static StringBuilder flush(List<String> words, StringBuilder word) {
        if (word != null) {
            words.add(word.toString());
        }
        return null;
    }
}
