package bench.groups;

import bedrock.api.client.Client;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Asks every member for its view, all at once, round after round, until all report the same view
 * listing exactly them, each at its own rank. The time of agreement is the end of the first round
 * that saw it, so a figure is late by at most one round (a few ms on loopback).
 */
final class Views {

    private final Client client;
    private final Kind kind;

    Views(Client client, Kind kind) {
        this.client = client;
        this.kind = kind;
    }

    /** @return System.nanoTime() when agreement was seen */
    long awaitAgreement(List<Daemon> members, Duration bound) throws Exception {
        Set<String> expected = Set.copyOf(members.stream().map(Daemon::address).toList());
        long deadline = System.nanoTime() + bound.toNanos();
        List<Kind.View> last = List.of();
        while (System.nanoTime() < deadline) {
            List<CompletableFuture<Kind.View>> asked = new ArrayList<>();
            for (Daemon d : members) {
                asked.add(kind.view(client.makeServiceHandle(d.address())));
            }
            List<Kind.View> views = new ArrayList<>();
            for (CompletableFuture<Kind.View> f : asked) {
                views.add(f.get());
            }
            if (agree(members, views, expected)) {
                return System.nanoTime();
            }
            last = views;
            Thread.sleep(5);
        }
        throw new IllegalStateException("no agreement of " + expected + " within " + bound + "; last views " + last);
    }

    private static boolean agree(List<Daemon> members, List<Kind.View> views, Set<String> expected) {
        List<String> first = views.get(0).members();
        if (first.size() != expected.size() || !Set.copyOf(first).equals(expected)) {
            return false;
        }
        for (int i = 0; i < views.size(); i++) {
            if (!views.get(i).members().equals(first) || views.get(i).rank() != first.indexOf(members.get(i).address())) {
                return false;
            }
        }
        return true;
    }

    /** The agreed rank order, read from the first member. */
    List<String> order(Daemon member) throws Exception {
        return kind.view(client.makeServiceHandle(member.address())).get().members();
    }
}
