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
 * --slices              or: measure the slices the parent asks for on stdin (see Slices below)
 * --warmup N            warm-up messages / round trips before the measured part, >= 0 (default 0)
 * --warmup-ms MS        or: warm up for MS ms, >= 0
 * --warmup-auto CAP_MS  or: warm up until steady (below), at most CAP_MS ms, >= 1; a fork the cap
 *                       stops is measured anyway and flagged "not steady"
 * --window-ms MS        timeline window, >= 1 (default 100: {@link zmqbench.scenario.PhaseDefaults})
 * --steady-windows K    steady when the last K windows' median agrees with the K before's, >= 2 (default 5)
 * --steady-tolerance P  ... within P %, 0 < P <= 100, may be a decimal such as 2.5
 *                       (default 5)
 * --jit-quiet-ms MS     JVM: ... and the JIT compiler threads ran for at most MS ms of CPU over
 *                       those K windows, >= 0 (default 10); the C worker accepts and ignores it
 * --hwm N               SNDHWM and RCVHWM on every socket, before bind/connect (-1: default)
 * --timeout-ms MS       RCVTIMEO/SNDTIMEO: a peer silent this long is an error
 * --samples FILE        round trips (latency, open-loop, sparse), connect or both role: raw
 *                       round-trip samples go here (open-loop: corrected ones; the uncorrected go
 *                       to FILE.uncorrected)
 * --rate N              open-loop only, and required there: messages per second, 1 to 10^9
 * --gap-ns N            sparse only, and required there: the pinger's sleep before each measured
 *                       round trip, ns, shorter than --timeout-ms
 * </pre>
 *
 * <h2>Roles</h2>
 * latency: the bind side echoes every message back (libzmq's local_lat); the connect side pings,
 * times every round trip with a monotonic clock, and writes the measured ones as samples.
 * throughput: the bind side receives (local_thr) and times the measurement; the connect side sends
 * as fast as the socket takes them and times the enqueueing. Timing at the receiver is what makes
 * it a delivery rate.
 * open-loop: the bind side echoes as in latency; the connect side sends warmup+count messages at
 * --rate on a fixed schedule (message i due at start + i/rate), whatever the replies do, and times
 * each reply from the message's intended send time (corrected) and from its actual send
 * (uncorrected); see {@link zmqbench.scenario.OpenLoopPeer}.
 * sparse: as latency, but after its warm-up (back to back) the pinger sleeps --gap-ns before each
 * measured round trip, outside its interval, and the echo waits in a blocking receive; it measures
 * a count.
 *
 * <h2>Phases, windows and steady state</h2>
 * The timed side (the pinger; the throughput receiver) warms up, then measures one contiguous
 * interval, and keeps a timeline from its first message (the pinger: its first send; the
 * receiver: its first message): consecutive windows of about --window-ms, each closed at the first
 * check at or after its nominal end with its exact end and message count. A window's value is the
 * delivered msg/s (throughput: messages / window length) or the RTT p50 of its round trips
 * (latency). The pinger checks after every round trip, outside the round trip's interval; the
 * receiver reads the clock only every n messages, n adapted to about 128 checks a window. A window
 * in progress when the warm-up ends is closed there, so that measured windows ({@code measured}:
 * true) cover the measured interval exactly; they are the fork's iterations (JMH's sense): the
 * fork's figure comes from all measured messages, the windows give its spread.
 * <ul>
 * <li>--warmup N ends the warm-up after N messages (round trips); --warmup-ms MS at the first check
 *     MS after the first message; --warmup-auto CAP_MS at the first window end where the median
 *     of the last K windows lies within P % of the K before's and, on a JVM, the JIT compiler threads ran for
 *     at most --jit-quiet-ms of CPU over those K windows (/proc/self/task; without /proc, the
 *     compilation time of CompilationMXBean, which grows only as compilations end): the result
 *     says {@code steady}; or at CAP_MS after the first message: the fork is measured anyway and
 *     says {@code not steady}. Set counts and durations say {@code fixed}.</li>
 * <li>--count N ends the measurement after N messages: with counted phases at message warmup+count
 *     of the run (a receiver without warm-up starts its clock at the first message, as local_thr,
 *     and times the count-1 messages after it); --measure-ms MS at the first check MS after the
 *     measurement began.</li>
 * <li>At the boundary the meter (CPU, allocation, GC, JIT) starts first, then the clock, so the
 *     meter's reads are outside the interval; a meter reads everything once when it is made, so
 *     that the boundary read is warm (about 0.5 ms: a /proc scan of the threads), and reads its
 *     allocation counters last at the start and first at the stop, so that its own allocation is
 *     not counted. At the end the clock is read first, then the meter.</li>
 * </ul>
 *
 * <h2>Ends of streams: end markers, measured, stop, release</h2>
 * An <b>end marker</b> is a 0-byte frame (no payload is empty: --size is at least 1).
 * <ul>
 * <li>latency and open-loop: when done (count reached or time up) the pinger sends an end marker;
 *     the echo answers it with an end marker and finishes; the pinger finishes when it has the
 *     answer. The echo never needs to know the phases, and cannot tell warm-up from measurement:
 *     its meter covers its run from its first reply to the end marker, and its
 *     {@code counts.measured} are the messages echoed in that span (its costs per message are
 *     over those); it sends an empty timeline and {@code fixed}.</li>
 * <li>throughput with counted phases: the sender sends warmup+count messages, then an end marker,
 *     then waits for the parent's release (any line on stdin, e.g. {@code release}, or EOF) before
 *     it closes, so that delivery is confirmed before the socket goes away (libzmq 4.3.4 can lose
 *     the tail over ipc otherwise). The receiver receives up to the end marker and prints its result
 *     (an end marker after other than warmup+count messages is an error in the record); then the
 *     parent releases the sender, which prints its result.</li>
 * <li>throughput with a timed or automatic phase (the sender cannot know the total): the sender
 *     sends until the parent writes the line {@code stop} on its stdin, then sends an end marker,
 *     reports nothing yet, and waits for the release as above. The receiver, when its measurement
 *     ends, prints {@code {"event":"measured"}} and keeps receiving, counting but not timing, up to
 *     the end marker; then it prints its result. The parent: on {@code measured}, writes
 *     {@code stop} to the sender; on the receiver's result, releases the sender. Such a sender's
 *     meter and {@code timing.enqueue_ns} cover all it sent ({@code counts.measured} = counts.sent):
 *     it cannot tell where the receiver's measurement began. With counted phases they cover the
 *     measured messages.</li>
 * <li>--role both (inproc): the same, with in-process signals for measured, stop and release;
 *     only the result record is printed.</li>
 * <li>pub-sub keeps its own markers (PUB may drop): see Patterns. Its timed phases are the
 *     receiver's (the subscriber says {@code measured}, the parent stops the publisher); its
 *     counted ones end by sequence number: the warm-up at the first measured sequence number and
 *     the measurement at the last one (or the end marker, or the silence).</li>
 * <li>open-loop measures a count of messages: --measure-ms is refused (exit 2, one line naming the
 *     option and value). Its warm-up is any of the three; a timed or automatic one ends, once
 *     judged over, after the replies to what it sent. It keeps a timeline as the others: the
 *     pinger's windows from its first warm-up send, checked on every reply, valued at the p50 of
 *     their corrected round trips, holding the replies they received.</li>
 * </ul>
 * counts.sent and counts.received count payload messages only, never end markers.
 *
 * <h2>Slices (--slices)</h2>
 * A sliced run warms up as any run, then measures only what the parent asks for, a slice at a
 * time, one line on stdin each, answered with one record; the parent keeps several pairs alive and
 * alternates them. latency and throughput only, and never pub-sub (PUB drops: a counted slice
 * could not end); it needs a warm-up (--warmup N with N >= 1, --warmup-ms or --warmup-auto) and
 * refuses --count and --measure-ms. Each refusal: exit 2, one error line, the same text from both
 * workers ({@code --slices: open-loop cannot be measured in slices},
 * {@code --slices: pub-sub cannot be measured in slices (PUB drops at the high-water mark)},
 * {@code --slices: --count and --measure-ms do not apply (the parent's slice lines are the measurement)},
 * {@code --slices: needs a warm-up (--warmup N of at least 1, --warmup-ms MS or --warmup-auto CAP_MS)}).
 * <ol>
 * <li>Start, bind/connect, handshake and warm-up as in any run (the timed side's phases, timeline
 *     and steady-state test). When its warm-up ends, the timed side (the pinger; the throughput
 *     receiver) prints {@code {"event":"warm","steady_state":..,"warmup_ns":N,"warmup_messages":N,"rate":R}},
 *     R the messages (round trips) per second over the warm-up's last --steady-windows windows
 *     (their messages over their total length): the parent sizes slices by it.</li>
 * <li>The pinger then waits for a line on stdin (blocked, no CPU). A throughput sender sends its
 *     --warmup N and waits, or with a timed or automatic warm-up sends until {@code stop} (the
 *     parent writes it on the receiver's warm record, as it does on measured), then prints
 *     {@code {"event":"paused","messages_sent":N}} (no end marker) and waits; it answers every
 *     {@code stop} so, also one after a counted warm-up. Its receiver cannot wait on stdin yet:
 *     the sender may be blocked in a send at the high-water mark when stop comes, and only sees it
 *     once the receiver takes more. So the receiver keeps receiving (counting, untimed) and looks
 *     for its stdin's first line after every message; the parent writes the receiver's slice line
 *     before the sender's, so the line is there before the slice's first message. A sliced run's
 *     passive side (the echo, the receiver) has no receive timeout (RCVTIMEO -1): the parent may
 *     keep a pair waiting as long as the others run, and catches a hang by its own deadline.</li>
 * <li>{@code slice N P S}: N >= 1 measured messages (round trips), P >= 1 untimed ones before them,
 *     S >= 0 what the sender has sent in all before the slice (its paused count, then plus P + N a
 *     slice). The pinger ignores S (the parent writes 0): it makes P round trips, then N timed as
 *     in any run, appends the N to the samples file, and prints
 *     {@code {"event":"slice","messages":N,"elapsed_ns":E,"p50_ns":X,"p99_ns":Y}} (E the sum of
 *     the N round trips; X and Y their lower median and 99th percentile by nearest rank). The
 *     receiver takes what it lacks of S, then P, reads the clock at the P-th and at the (P+N)-th
 *     after S, and prints {@code {"event":"slice","messages":N,"elapsed_ns":E}} (rate N / E); then
 *     it waits on stdin. The parent writes the receiver's line, then {@code slice N P} to the
 *     sender, which sends P + N as fast as the socket takes them and waits for its next line. The
 *     echo knows nothing of slices. Each slice is answered before the parent writes the pair's
 *     next line.</li>
 * <li>{@code end}: as the end of any run: the pinger's end marker and the echo's answer; the
 *     sender's end marker, which the receiver drains to before it prints its result; then the
 *     parent releases the sender (any line, or the end of stdin), which prints its own. The end of
 *     stdin reads as {@code end}.</li>
 * <li>Results: the usual record, with totals over the run: every message sent and received
 *     (warm-up, pre-rolls and slices); {@code measured_messages} and {@code count} the slices' N,
 *     {@code elapsed_ns} their E, {@code samples} the round trips written; warmup_ns, steady_state
 *     and the timeline the warm-up's (the timeline ends with it); {@code warmup} and
 *     warmup_messages what came before the first slice (a receiver's: S of its first slice line,
 *     the in-flight tail included; the warm record's count is up to the verdict). The timed side's
 *     meter (CPU, allocation, GC, JIT) covers the first slice line to the end of the last slice;
 *     the sender's, the first slice line to {@code end}, its {@code enqueue_ns} the time its
 *     slices' N took to send.</li>
 * <li>--role both (inproc): a thread reads stdin and hands the lines on in-process, each to the
 *     timed side first; the receiver stops the sender in-process at its warm-up's end, so no
 *     {@code stop} or {@code paused} crosses stdin (a stop line is ignored) and S is the sender's
 *     own total, whatever the line says. Printed: warm, slice and the result record.</li>
 * </ol>
 * The loops stay as in any run: the warm-up, the pre-rolls and the slices are one loop, which
 * waits between slices inside the rare call it makes at window ends and slice boundaries, so that
 * the JIT never recompiles it for a slice (see {@code zmqbench.scenario.PhaseTracker}).
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
 * {"event":"measured"}                                       throughput receiver, timed phases: stop the sender
 * {"event":"warm",...} {"event":"paused",...} {"event":"slice",...}   sliced runs: see Slices
 * {"event":"result","identity":{..},"counts":{..},"timing":{..},"cost":{..},"threads":{..},"rate":{..},"warmup":{..},"error":..}
 *                                                            see {@link zmqbench.protocol.PeerRecord}; the
 *                                                            timed side fills warmup: steady_state,
 *                                                            duration_ns, messages, window_ns and timeline
 *                                                            [{end_ns, messages, value, measured}]; both
 *                                                            JVM sides cost.jit_ns and jit_measured_ns (C: -1)
 * {"event":"error","message":"one line a user can act on"}  then exit status 1
 * </pre>
 * In the result, {@code warmup.messages} and {@code counts.count} are the warm-up and measured
 * messages actually run (with counted phases: the arguments), {@code counts.measured} the messages
 * in the timed interval, {@code timing.elapsed_ns} its length, and the {@code cost} figures but
 * peak_rss_kb and jit_ns cover the record's own metered span (see the roles above), as do the
 * {@code threads} classes ({@link zmqbench.threads.ThreadCosts}: {@code {"classes":[{"name":
 * "application","threads":1,"user_ns":..,"system_ns":..,"run_ns":..,"run_wait_ns":..,
 * "voluntary_switches":..,"involuntary_switches":..,"migrations":..},..]}}, read from
 * /proc/self/task at the span's ends).
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
 *
 * <h2>Crossing micro-benchmark ({@code zmqbench crossings})</h2>
 * {@code --crossings} is a mode of its own, with its own arguments ({@code --backend NAME
 * --crossings [--call FUNCTION] [--calls N] [--batches K] [--warmup-auto CAP_MS]}: see
 * {@link zmqbench.protocol.CrossingSpec}). The worker calls one trivial libzmq function through
 * its backend's native crossing ({@link zmqbench.backend.Backend#trivialCall()}; the C worker
 * calls it directly, the floor) in batches of N calls, warms up until the batches are steady (at
 * most CAP_MS), times K batches and prints one {@code {"event":"crossing",...}} record (see
 * {@link zmqbench.protocol.CrossingRecord}) or an error record, with the exit statuses above. The
 * loops are {@code zmqbench.worker.CrossingLoop} and native/worker/crossings.c.
 */
package zmqbench.protocol;

