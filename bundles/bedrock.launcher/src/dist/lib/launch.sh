# Shared by bin/bedrock, bin/bedrock-query and bin/bedrock-shutdown (sourced, POSIX sh).
#
# Expects BEDROCK_HOME (set by the calling script from its own location) and provides
# bedrock_exec, which runs a command's main class with JVM flags tuned for a short start:
# C1 only (one compiler thread), the serial collector, and a class-data archive (AppCDS) per command in lib/cds/,
# created by one training run the first time the command is used, and again once a jar or the
# JVM changes, which would make the JVM ignore it (JDK 17 has no -XX:+AutoCreateSharedArchive). Set BEDROCK_NO_CDS=1 to skip the archive, BEDROCK_JAVA_OPTS
# to add JVM options (they come last, so their -Xmx wins), JAVA_HOME to pick the JVM.

# The daemon's default heap and direct-memory caps: a flood can then cost at most this much.
# A 16 MiB initial heap (an idle daemon holds about 7 MiB): the default, 1/64 of the machine's
# memory, lets the young generation grow so large that the start-up garbage stays resident.
# A 2 MiB initial young generation (instead of a third of -Xms): eden is touched whole between
# two collections, so its size is resident at idle; -XX:NewSize sets only the start, the young
# generation still grows with the heap (docs/startup.md, "Memory of an idle daemon").
BEDROCK_DAEMON_HEAP="-Xms16m -XX:NewSize=2m -Xmx1g -XX:MaxDirectMemorySize=1g"

# The host class path: the launcher, the API and Jackson, picocli (and Felix for the daemon).
bedrock_classpath() {
    cp=$BEDROCK_HOME/lib/bedrock.launcher.jar:$BEDROCK_HOME/lib/bedrock.api.jar
    cp=$cp:$BEDROCK_HOME/lib/jackson-core.jar:$BEDROCK_HOME/lib/jackson-databind.jar
    cp=$cp:$BEDROCK_HOME/lib/jackson-annotations.jar:$BEDROCK_HOME/lib/picocli.jar
    echo "$cp"
}

# The class path of the client commands: no framework, the runtime and Netty as plain jars.
bedrock_client_classpath() {
    cp=$(bedrock_classpath):$BEDROCK_HOME/bundles/bedrock.runtime.jar
    for jar in "$BEDROCK_HOME"/bundles/netty-*.jar; do
        cp=$cp:$jar
    done
    echo "$cp"
}

# The daemon's class path: the client's, the Typed Events API and the OSGi utilities its packages
# use, and Felix. The daemon's service starts from these plain jars, served from its class-data
# archive, and the framework boots after it without the bundles they are (docs/startup.md).
bedrock_daemon_classpath() {
    cp=$(bedrock_client_classpath)
    for jar in org.osgi.service.typedevent org.osgi.util.pushstream org.osgi.util.promise org.osgi.util.function; do
        cp=$cp:$BEDROCK_HOME/bundles/$jar.jar
    done
    echo "$cp:$BEDROCK_HOME/lib/org.apache.felix.framework.jar"
}

# Sets bedrock_java_path to the file that runs for $java: itself when it names a path, else the
# first java on PATH. A loop of the shell's own, not `command -v` in a subshell: no process.
bedrock_find_java() {
    case $java in
        */*) bedrock_java_path=$java; return ;;
    esac
    bedrock_java_path=""
    saved_ifs=$IFS
    IFS=:
    for dir in $PATH; do
        if [ -f "${dir:-.}/java" ] && [ -x "${dir:-.}/java" ]; then
            bedrock_java_path=${dir:-.}/java
            break
        fi
    done
    IFS=$saved_ifs
}

# Sets bedrock_release to the JAVA_RUNTIME_VERSION line of the release file of the JDK whose
# bin/java is $1 (empty when it has none), read by the shell itself.
bedrock_release_of() {
    bedrock_release=""
    if [ -r "${1%/bin/java}/release" ]; then
        while IFS= read -r line; do
            case $line in
                JAVA_RUNTIME_VERSION=*) bedrock_release=$line ;;
            esac
        done < "${1%/bin/java}/release"
    fi
}

# bedrock_exec NAME CLASSPATH MAINCLASS TRAINING_ARGS... -- ARGS...
bedrock_exec() {
    name=$1 classpath=$2 main=$3
    shift 3
    training=""
    while [ $# -gt 0 ] && [ "$1" != "--" ]; do
        training="$training $1"
        shift
    done
    [ $# -gt 0 ] && shift
    java=${JAVA_HOME:+$JAVA_HOME/bin/}java
    # -Xlog: JVM warnings (e.g. a stale archive) go to stderr, never into a command's output.
    flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -Xlog:disable -Xlog:all=warning:stderr"
    # Netty 4.2 emits JFR events from its allocator whenever JFR is available: its first buffer
    # then sets up JFR's metadata (some 70 classes and annotation proxies, ~2 MiB kept, tens of
    # milliseconds) though nothing records. -Dio.netty.jfr.enabled=true in BEDROCK_JAVA_OPTS
    # brings the events back.
    flags="$flags -Dio.netty.jfr.enabled=false"
    # One C1 compiler thread, not two: on a small machine the second one's compilations take the
    # core the start runs on (bench/launch: `{}` 144 -> 133 ms, modules 310 -> 278 ms on 2 vCPUs).
    # Full tiered compilation needs two, so options that choose the compilers keep the default.
    case " ${BEDROCK_JAVA_OPTS:-} " in
        *Tiered*|*CICompilerCount*|*JVMCI*) ;;
        *) flags="$flags -XX:CICompilerCount=1" ;;
    esac
    # Command-specific JVM flags (set by the calling script), used for training too.
    flags="$flags ${bedrock_command_flags:-}"
    # Netty's epoll library, unpacked at build time: loaded from there, Netty does not copy it out
    # of its jar into the temporary folder at every start (which also fails where /tmp is noexec).
    # The JDK's default search path follows, so other native libraries still load.
    libpath=""
    if [ -d "$BEDROCK_HOME/lib/native" ]; then
        libpath="-Djava.library.path=$BEDROCK_HOME/lib/native${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}:/usr/java/packages/lib:/usr/lib64:/lib64:/lib:/usr/lib"
    fi
    cds=$BEDROCK_HOME/lib/cds/$name.jsa
    if [ -z "$BEDROCK_NO_CDS" ]; then
        # A jar newer than the archive makes the JVM reject it: train again. The shell's own test
        # (-nt, in dash, bash, ksh and busybox) instead of find and head: two processes fewer.
        if [ -f "$cds" ]; then
            for jar in "$BEDROCK_HOME"/lib/*.jar "$BEDROCK_HOME"/bundles/*.jar "$BEDROCK_HOME"/bundles/*/*.jar; do
                if [ "$jar" -nt "$cds" ]; then
                    rm -f "$cds"
                    break
                fi
            done
        fi
        # So does another JVM, silently: another java (JAVA_HOME, PATH), the same one upgraded in
        # place (its release's version), or a JDK archive newer than ours (ours builds on it).
        # $cds.jvm names the JVM the archive was trained with: its java, resolved, and that line.
        bedrock_find_java
        if [ -f "$cds" ]; then
            trained_java="" trained_release=""
            if [ -f "$cds.jvm" ]; then
                { read -r trained_java; read -r trained_release; } < "$cds.jvm"
            fi
            bedrock_release_of "$trained_java"
            if [ -z "$trained_java" ] || ! [ "$bedrock_java_path" -ef "$trained_java" ] \
                    || [ "$bedrock_release" != "$trained_release" ] \
                    || [ "${trained_java%/bin/java}/lib/server/classes.jsa" -nt "$cds" ]; then
                rm -f "$cds" "$cds.jvm"
            fi
        fi
        if [ ! -f "$cds" ] && mkdir -p "$BEDROCK_HOME/lib/cds" 2>/dev/null \
                && [ -w "$BEDROCK_HOME/lib/cds" ]; then
            # A private name, then a rename: concurrent first runs never read a half-written archive.
            # shellcheck disable=SC2086
            "$java" $flags ${libpath:+"$libpath"} -XX:ArchiveClassesAtExit="$cds.$$" -Dbedrock.home="$BEDROCK_HOME" \
                -cp "$classpath" "$main" $training </dev/null >/dev/null 2>&1 || true
            if [ -f "$cds.$$" ]; then
                trained_java=$(readlink -f "$bedrock_java_path" 2>/dev/null) || trained_java=""
                bedrock_release_of "${trained_java:=$bedrock_java_path}"
                printf '%s\n%s\n' "$trained_java" "$bedrock_release" > "$cds.jvm.$$"
                mv -f "$cds.jvm.$$" "$cds.jvm"
                mv -f "$cds.$$" "$cds"
            fi
        fi
        if [ -f "$cds" ]; then flags="$flags -XX:SharedArchiveFile=$cds"; fi
    fi
    # shellcheck disable=SC2086
    exec "$java" $flags ${libpath:+"$libpath"} $BEDROCK_JAVA_OPTS -Dbedrock.home="$BEDROCK_HOME" -cp "$classpath" "$main" "$@"
}
