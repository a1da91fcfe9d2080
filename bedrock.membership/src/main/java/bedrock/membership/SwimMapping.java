package bedrock.membership;

/**
 * SWIM settings expressed as JGroups settings. JGroups is not SWIM: it detects crashes through a
 * socket to each neighbour (FD_SOCK2) and hangs through all-to-all heartbeats (FD_ALL3), then
 * confirms a suspicion (VERIFY_SUSPECT2) before the coordinator removes the member. So:
 * <ul>
 * <li>period P → heartbeat interval {@code FD_ALL3.interval} and confirmation wait
 *     {@code VERIFY_SUSPECT2.timeout};</li>
 * <li>suspect periods k → {@code FD_ALL3.timeout = k·P} of silence;</li>
 * <li>subgroup s → {@code VERIFY_SUSPECT2.num_msgs = max(1, s)}, and when s &gt; 1 the whole group
 *     is asked to confirm ({@code use_mcast_rsps}), the nearest thing to SWIM's indirect probes;</li>
 * <li>disabled → none of the three protocols in the stack.</li>
 * </ul>
 */
public record SwimMapping(boolean failureDetection, long heartbeatIntervalMs, long heartbeatTimeoutMs,
        long verifyTimeoutMs, int verifyNumMsgs, boolean verifyAskGroup) {

    static SwimMapping of(Swim swim) {
        long p = swim.periodMs();
        int s = (int) Math.max(1, Math.min(swim.subgroup(), 64));
        return new SwimMapping(!swim.disabled(), p, swim.suspectPeriods() * p, p, s, swim.subgroup() > 1);
    }
}
