package bench.common;

/** Specs of the scale harnesses: N providers of the example module {@code module_a}. */
public final class ProviderSpecs {

    private ProviderSpecs() {
    }

    /** {@code providers} providers {@code a1}..{@code aN} (provider ids 1..N) of the module at {@code lib}. */
    public static String moduleA(String lib, int providers) {
        StringBuilder spec = new StringBuilder("{\"libraries\":{\"module_a\":\"").append(lib)
                .append("\"},\"providers\":[");
        for (int i = 1; i <= providers; i++) {
            spec.append(i > 1 ? "," : "").append("{\"name\":\"a").append(i)
                    .append("\",\"type\":\"module_a\",\"provider_id\":").append(i).append('}');
        }
        return spec.append("]}").toString();
    }
}
