package bench.groups;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The measurements of one kind of group: {@value #SIZE} daemons formed (the creator, then joiners a
 * few at a time, then the last one alone), the memory and threads of members against daemons
 * without a group, then {@value #TRIALS} times: SIGKILL of the member at the middle rank until the
 * survivors agree, and a new joiner until all {@value #SIZE} agree again.
 */
final class KindRun {

    static final int SIZE = 16;
    static final int TRIALS = 5;
    private static final int BATCH = 3;
    private static final Duration BOUND = Duration.ofSeconds(120);
    /** Left to a fresh daemon before its memory is read: its start-up work is done by then. */
    private static final long SETTLE_MS = 3000;

    final Stats formAfterLastStart = new Stats();
    final Stats formAfterLastReady = new Stats();
    final Stats launchAlone = new Stats();
    final Stats detect = new Stats();
    final Stats rssMember = new Stats();
    final Stats rssAlone = new Stats();
    final Stats threadsMember = new Stats();
    final Stats threadsAlone = new Stats();
    double wholeGroupMs;

    private final Kind kind;
    private final Path home;
    private final Views views;

    KindRun(Kind kind, Path home, Views views) {
        this.kind = kind;
        this.home = home;
        this.views = views;
    }

    KindRun run() throws Exception {
        Path dir = Files.createTempDirectory("bench-groups-" + kind.name().toLowerCase());
        alone(dir);
        Path file = dir.resolve("g.group");
        try (Fleet fleet = new Fleet(home, dir)) {
            List<Daemon> members = new ArrayList<>();
            members.add(fleet.start(kind.member(home, file, true)));
            while (members.size() < SIZE - 1) {
                members.addAll(fleet.start(kind.member(home, file, false), Math.min(BATCH, SIZE - 1 - members.size())));
            }
            views.awaitAgreement(members, BOUND);
            join(fleet, members, file);
            wholeGroupMs = ms(members.get(0).forkNanos(), views.awaitAgreement(members, BOUND));
            Thread.sleep(SETTLE_MS);
            for (Daemon d : members) {
                rssMember.add(d.status("VmRSS") / 1024.0);
                threadsMember.add(d.status("Threads"));
            }
            for (int trial = 0; trial < TRIALS; trial++) {
                Daemon victim = byRank(members, SIZE / 2);
                members.remove(victim);
                long start = System.nanoTime();
                victim.kill();
                detect.add(ms(start, views.awaitAgreement(members, BOUND)));
                join(fleet, members, file);
            }
        }
        return this;
    }

    /** One more joiner, alone: from its fork (and from its ready line) until all agree. */
    private void join(Fleet fleet, List<Daemon> members, Path file) throws Exception {
        Daemon last = fleet.start(kind.member(home, file, false));
        members.add(last);
        long agreed = views.awaitAgreement(members, BOUND);
        formAfterLastStart.add(ms(last.forkNanos(), agreed));
        formAfterLastReady.add(ms(last.readyNanos(), agreed));
    }

    /** Three daemons with the same spec minus the group, one after the other. */
    private void alone(Path dir) throws Exception {
        try (Fleet fleet = new Fleet(home, dir)) {
            List<Daemon> daemons = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Daemon d = fleet.start(kind.alone(home));
                launchAlone.add(ms(d.forkNanos(), d.readyNanos()));
                daemons.add(d);
            }
            Thread.sleep(SETTLE_MS);
            for (Daemon d : daemons) {
                rssAlone.add(d.status("VmRSS") / 1024.0);
                threadsAlone.add(d.status("Threads"));
            }
        }
    }

    private Daemon byRank(List<Daemon> members, int rank) throws Exception {
        String address = views.order(members.get(0)).get(rank);
        return members.stream().filter(d -> d.address().equals(address)).findFirst().orElseThrow();
    }

    private static double ms(long from, long to) {
        return (to - from) / 1e6;
    }
}
