package bench.groups;

import java.util.List;
import java.util.function.Function;

/** The table: one row per figure, one column per kind of group, the goal or baseline last. */
final class Report {

    private Report() {
    }

    static void print(List<Kind> kinds, List<KindRun> runs, String loadBefore, String loadAfter) {
        long bound = Kind.PERIOD_MS * (Kind.SUSPECT_PERIODS + 1);
        StringBuilder header = new StringBuilder("| figure (" + KindRun.SIZE + " daemons, 127.0.0.1) |");
        StringBuilder rule = new StringBuilder("| --- |");
        for (Kind k : kinds) {
            header.append(' ').append(k == Kind.SSG ? "`ssg` entries" : "Flock providers").append(" |");
            rule.append(" ---: |");
        }
        System.out.println();
        System.out.println(header + " goal / baseline |");
        System.out.println(rule + " --- |");
        row(runs, "form: last daemon's fork → all " + KindRun.SIZE + " agree, ms", r -> r.formAfterLastStart.describe(0),
                "≤ 2000 (goal)");
        row(runs, "form: last daemon's ready line → all agree, ms", r -> r.formAfterLastReady.describe(0), "");
        row(runs, "daemon launch without a group (fork → ready), ms", r -> r.launchAlone.describe(0),
                "baseline (a JVM start, inside the fork figure)");
        row(runs, "whole group: first fork → all " + KindRun.SIZE + " agree, ms", r -> String.format("%.0f", r.wholeGroupMs),
                "(batches of 3 forks)");
        row(runs, "SIGKILL → all survivors agree, ms (median of " + KindRun.TRIALS + ")", r -> r.detect.describe(0),
                "bound P×(k+1) = " + bound + " (P=" + Kind.PERIOD_MS + ", k=" + Kind.SUSPECT_PERIODS + ") + view install");
        row(runs, "RSS of a member, MiB", r -> r.rssMember.describe(1), "");
        row(runs, "RSS without a group, MiB", r -> r.rssAlone.describe(1), "baseline");
        row(runs, "RSS a member adds, MiB (medians)", r -> String.format("%+.1f", r.rssMember.median() - r.rssAlone.median()), "");
        row(runs, "threads of a member", r -> r.threadsMember.describe(0), "");
        row(runs, "threads without a group", r -> r.threadsAlone.describe(0), "baseline");
        row(runs, "threads a member adds (medians)", r -> String.format("%+.0f", r.threadsMember.median() - r.threadsAlone.median()), "");
        System.out.println();
        System.out.println("load average (1, 5, 15 min; runnable/total; last pid) before: " + loadBefore + "; after: " + loadAfter
                + "; " + Runtime.getRuntime().availableProcessors() + " processors");
    }

    private static void row(List<KindRun> runs, String name, Function<KindRun, String> cell, String goal) {
        StringBuilder line = new StringBuilder("| " + name + " |");
        for (KindRun r : runs) {
            line.append(' ').append(cell.apply(r)).append(" |");
        }
        System.out.println(line + " " + goal + " |");
    }
}
