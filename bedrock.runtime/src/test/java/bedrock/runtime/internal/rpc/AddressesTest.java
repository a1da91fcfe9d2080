package bedrock.runtime.internal.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.BedrockException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "tcp                       | tcp         | 127.0.0.1   | 0",
        "na+sm                     | na+sm       | 127.0.0.1   | 0",
        "ofi+tcp                   | ofi+tcp     | 127.0.0.1   | 0",
        "ofi+tcp;ofi_rxm           | ofi+tcp     | 127.0.0.1   | 0",
        "ofi+sockets               | ofi+sockets | 127.0.0.1   | 0",
        "na+tcp                    | na+tcp      | 127.0.0.1   | 0",
        "bmi+tcp                   | bmi+tcp     | 127.0.0.1   | 0",
        "TCP                       | tcp         | 127.0.0.1   | 0",
        "tcp://10.1.2.3:4567       | tcp         | 10.1.2.3    | 4567",
        "ofi+tcp://10.1.2.3:4567   | ofi+tcp     | 10.1.2.3    | 4567",
        "ofi+tcp;ofi_rxm://h:12    | ofi+tcp     | h           | 12",
        "tcp://myhost              | tcp         | myhost      | 0",
        "tcp://:5000               | tcp         | 127.0.0.1   | 5000",
        "na+sm://1234-0            | na+sm       | 127.0.0.1   | 0",
        "na+sm://                  | na+sm       | 127.0.0.1   | 0",
        "tcp://[::1]:80            | tcp         | ::1         | 80",
        "tcp://[::1]               | tcp         | ::1         | 0",
        "tcp://0.0.0.0:9000        | tcp         | 0.0.0.0     | 9000",
        "tcp://::                  | tcp         | ::          | 0",
        "'  tcp://127.0.0.1:1  '   | tcp         | 127.0.0.1   | 1",
    })
    void parsesTcpForms(String input, String protocol, String host, int port) {
        Endpoint endpoint = Addresses.parse(input);
        assertEquals(protocol, endpoint.protocol());
        assertEquals(host, endpoint.host());
        assertEquals(port, endpoint.port());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ofi+verbs", "ofi+verbs://10.0.0.1:4000", "ofi+cxi", "ofi+psm2", "ofi+gni",
        "ucx+rc", "ucx+all", "verbs", "ofi+opx://x", "udp://1.2.3.4:5"})
    void refusesNonTcpProtocols(String input) {
        String protocol = input.contains("://") ? input.substring(0, input.indexOf("://")) : input;
        BedrockException e = assertThrows(BedrockException.class, () -> Addresses.parse(input));
        assertEquals("Protocol \"" + protocol
                + "\" is not supported (only TCP transports are available on the JVM)", e.getMessage());
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(strings = {"tcp://h:x", "tcp://h:70000", "tcp://h:-1", "tcp://[::1", "", "  "})
    void refusesMalformedAddresses(String input) {
        assertThrows(BedrockException.class, () -> Addresses.parse(input));
    }

    @Test
    void formatsCanonically() {
        assertEquals("tcp://127.0.0.1:4567", Addresses.normalize("ofi+tcp://127.0.0.1:4567"));
        assertEquals("tcp://[::1]:80", Addresses.normalize("tcp://[::1]:80"));
        assertEquals("tcp://127.0.0.1:0", Addresses.parse("na+sm").format());
    }

    @Test
    void knowsWildcards() {
        assertTrue(Addresses.parse("tcp://0.0.0.0:1").isWildcard());
        assertTrue(Addresses.parse("tcp://[::]:1").isWildcard());
        assertFalse(Addresses.parse("tcp").isWildcard());
    }
}
