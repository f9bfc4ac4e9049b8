/**
 * The worker protocol: how the parent runs one peer of one measurement in a fresh process. A Java
 * worker ({@code zmqbench.worker.WorkerMain}, classpath = the worker module + one backend) and the C worker
 * ({@code build/native/zmqbench-worker}) speak it identically.
 *
 * <h2>Arguments</h2>
 * <pre>
 * --backend NAME        the backend to load (the C worker accepts only "c")
 * --describe            print one "describe" record and exit (no other option needed)
 * --scenario S          latency | throughput | open-loop
 * --role R              bind | connect | both   (both: inproc, the two peers as threads)
 * --pattern P           pair | req-rep | push-pull | dealer-router | pub-sub   (default pair)
 * --endpoint URI        where the bind side binds (tcp port may be "*") or the connect side connects
 * --size BYTES          payload size, >= 1 (pub-sub: >= 9, for its topic byte and sequence number;
 *                       open-loop: >= 16, for the intended and the actual send time)
 * --count N             measured messages (throughput) or round trips (latency), >= 1
 * --measure-ms MS        or: measure for MS ms (latency, throughput), >= 1     (one of --count, --measure-ms)
 * --warmup N            warm-up messages / round trips before the measured part, >= 0 (default 0)
 * --warmup-ms MS        or: warm up for MS ms, >= 0
 * --warmup-auto CAP_MS  or: warm up until steady (below), at most CAP_MS ms, >= 1; a fork the cap
 *                       stops is measured anyway and flagged "not steady"
 * --window-ms MS        timeline window, >= 1 (default {@value zmqbench.scenario.PhaseDefaults#WINDOW_MS})
 * --steady-windows K    steady when the last K windows agree, >= 2 (default {@value zmqbench.scenario.PhaseDefaults#STEADY_WINDOWS})
 * --steady-tolerance P  ... each within P % of their median, 0 < P <= 100, may be a decimal such as 2.5
 *                       (default {@value zmqbench.scenario.PhaseDefaults#STEADY_TOLERANCE_PCT})
 * --jit-quiet-ms MS     JVM: ... and JIT compilation time grew by at most MS ms over those K
 *                       windows, >= 0 (default {@value zmqbench.scenario.PhaseDefaults#JIT_QUIET_MS}); the C worker ignores it
 * --hwm N               SNDHWM and RCVHWM on every socket, before bind/connect (-1: default)
 * --timeout-ms MS       RCVTIMEO/SNDTIMEO: a peer silent this long is an error
 * --samples FILE        latency and open-loop, connect or both role: raw round-trip samples go here
 *                       (open-loop: corrected ones; the uncorrected go to FILE.uncorrected)
 * --rate N              open-loop only, and required there: messages per second, 1 to 10^9
 * </pre>
 *
 * <h2>Roles</h2>
 * latency: the bind side echoes every message back (libzmq's local_lat); the connect side sends
 * warmup+count pings, times each measured round trip with a monotonic clock, and writes the
 * samples. throughput: the bind side receives (local_thr) and times from the last warm-up message
 * (or the first message when warmup is 0) to the last; the connect side sends warmup+count
 * messages, times the enqueueing, then waits for a line on stdin (or EOF) before it closes, so
 * that delivery is confirmed before the socket goes away (libzmq 4.3.4 can lose the tail over ipc
 * otherwise).
 * open-loop: the bind side echoes as in latency; the connect side sends warmup+count messages at
 * --rate on a fixed schedule (message i due at start + i/rate), whatever the replies do, and times
 * each reply from the message's intended send time (corrected) and from its actual send
 * (uncorrected); see {@link zmqbench.scenario.OpenLoopPeer}.
 *
 * <h2>Patterns</h2>
 * The connect side is the active one (pinger, sender), the bind side the passive one (echo,
 * receiver). pair: PAIR/PAIR, latency, throughput and open-loop. req-rep: REQ pinger, REP echo;
 * latency only. push-pull: PUSH sender, PULL receiver; throughput only. dealer-router: DEALER
 * active, ROUTER passive; latency, throughput and open-loop; the ROUTER receives a routing-id frame
 * before each payload and the echo replies through it. pub-sub: PUB sender, SUB receiver
 * (subscribed before it binds); throughput only. PUB drops rather than blocks, so its payloads are
 * numbered, the sender ends with end markers until released, and the receiver reports what never
 * came as {@code dropped}: see {@link zmqbench.scenario.PubSubStream}. open-loop needs several
 * messages in flight: pair and dealer-router only (REQ is lock-step). A pattern that cannot run a
 * scenario is refused with exit status 2, with the same message from the Java and the C worker.
 *
 * <h2>Output (stdout, one JSON object per line)</h2>
 * <pre>
 * {"event":"describe","backend":..,"backend_version":..,"libzmq_version":..}
 * {"event":"ready","endpoint":"tcp://127.0.0.1:41234"}      bind side, once bound
 * {"event":"result", ...}                                    see {@link zmqbench.protocol.PeerRecord}
 * {"event":"error","message":"one line a user can act on"}  then exit status 1
 * </pre>
 * Samples file: one little-endian signed 64-bit integer per measured round trip, in nanoseconds
 * (open-loop: in reply order, and FILE.uncorrected alongside in the same order).
 * Exit status: 0 done (the record may still carry an error such as lost messages), 1 failed,
 * 2 bad arguments.
 *
 * <h2>High-water-mark probe ({@code zmqbench semantics})</h2>
 * {@code --scenario semantics} is a mode of its own, with its own arguments
 * ({@code --socket pair|push|dealer|req|pub|router|router-mandatory --transport inproc|tcp --hwm N},
 * optional {@code --hwm-set before|after --size --block-ms --timeout-ms --limit}: see
 * {@link zmqbench.protocol.ProbeSpec}). Both peers run in the one process, the receiver never
 * reading until the end; the worker prints one {@code {"event":"semantics",...}} record (see
 * {@link zmqbench.protocol.ProbeRecord}) or an error record, with the exit statuses above. The
 * steps are in {@code zmqbench.worker.SemanticsProbe} and, alike, native/worker/semantics.c.
 */
package zmqbench.protocol;

