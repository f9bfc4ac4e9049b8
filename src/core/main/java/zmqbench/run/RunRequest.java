package zmqbench.run;

import zmqbench.options.CompareOptions;

/**
 * A comparison as the user asked for it: the resolved options, and which of them the user chose
 * rather than left to a default (a backend or a baseline the user named must run; a default may
 * fall away).
 *
 * @param backendsGiven the backends were named: one that cannot run fails the run
 * @param baselineGiven the baseline was named (or 'none'): it must be among the backends that run
 */
public record RunRequest(CompareOptions options, boolean backendsGiven, boolean baselineGiven) {
}
