package bedrock.launcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;

/** {@link OneLineFormatter} prints what {@link SimpleFormatter} prints with {@link LogLevel#FORMAT}. */
class OneLineFormatterTest {

    @Test
    void printsWhatSimpleFormatterPrintsWithTheOneLineFormat() {
        SimpleFormatter reference = simpleFormatterWith(LogLevel.FORMAT);
        OneLineFormatter formatter = new OneLineFormatter();
        for (LogRecord record : records()) {
            assertEquals(reference.format(record), formatter.format(record), record.getMessage());
        }
    }

    @Test
    void oneLineWithLevelLoggerAndFilledInParameters() {
        LogRecord record = new LogRecord(Level.WARNING, "Refusing {0}: {1} open");
        record.setLoggerName("bedrock.runtime.internal.rpc.RpcServer");
        record.setParameters(new Object[] {"/127.0.0.1:5", 3});
        assertEquals("[WARNING] bedrock.runtime.internal.rpc.RpcServer: Refusing /127.0.0.1:5: 3 open"
                + System.lineSeparator(), new OneLineFormatter().format(record));
    }

    private static List<LogRecord> records() {
        LogRecord plain = new LogRecord(Level.INFO, "Bedrock daemon started");
        plain.setLoggerName("bedrock.launcher.cli.DaemonCommand");
        LogRecord params = new LogRecord(Level.SEVERE, "Could not load {0} from {1}");
        params.setLoggerName("bedrock.runtime.internal.server.Libraries");
        params.setParameters(new Object[] {"module_a", "/tmp/a.jar"});
        LogRecord thrown = new LogRecord(Level.WARNING, "Could not stop the OSGi framework");
        thrown.setLoggerName("bedrock.launcher.EmbeddedFramework");
        thrown.setThrown(new IOException("disk gone", new IllegalStateException("inner")));
        LogRecord noLogger = new LogRecord(Level.FINE, "no logger name");
        LogRecord source = new LogRecord(Level.FINEST, "with a source");
        source.setLoggerName("x");
        source.setSourceClassName("a.B");
        source.setSourceMethodName("m");
        LogRecord braces = new LogRecord(Level.CONFIG, "a {broken pattern");
        braces.setLoggerName("y");
        braces.setParameters(new Object[] {"unused"});
        return List.of(plain, params, thrown, noLogger, source, braces);
    }

    private static SimpleFormatter simpleFormatterWith(String format) {
        String before = System.getProperty(LogLevel.FORMAT_PROPERTY);
        System.setProperty(LogLevel.FORMAT_PROPERTY, format);
        try {
            return new SimpleFormatter();
        } finally {
            if (before == null) {
                System.clearProperty(LogLevel.FORMAT_PROPERTY);
            } else {
                System.setProperty(LogLevel.FORMAT_PROPERTY, before);
            }
        }
    }
}
