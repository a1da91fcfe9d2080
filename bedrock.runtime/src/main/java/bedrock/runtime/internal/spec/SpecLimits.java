package bedrock.runtime.internal.spec;

/**
 * Upper bounds of the counts a spec can ask for. Each count costs threads or memory, so an
 * absurd one (a typo, or a hostile spec) is refused with its JSON path instead of hanging the
 * start while thousands of threads are made. Documented in {@code docs/security.md}.
 */
public final class SpecLimits {

    /** Threads one count may start ({@code rpc_thread_count}). */
    public static final int MAX_THREADS = 1024;
    /** Pools, and xstreams (each a thread), in {@code margo.argobots}. */
    public static final int MAX_ITEMS = 1024;
    /** io_uring instances of one ABT-IO instance. */
    public static final int MAX_URINGS = 64;
    /** Cached stacks or handles ({@code abt_mem_max_num_stacks}, {@code handle_cache_size}). */
    public static final int MAX_CACHE = 1 << 20;

    private SpecLimits() {
    }
}
