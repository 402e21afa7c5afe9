package org.koprogo.load.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which local process listens on a TCP port, asked of {@code ss} (iproute2). */
public final class PortOwner {

    private static final Pattern PID = Pattern.compile("pid=(\\d+)");

    private PortOwner() {
    }

    /** Null when nothing local listens there, or ss is missing or may not see other users' processes. */
    public static Long pidListeningOn(int port) {
        try {
            Process ss = new ProcessBuilder("ss", "-Hltnp", "sport = :" + port).redirectErrorStream(true).start();
            String out = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!ss.waitFor(5, TimeUnit.SECONDS)) {
                ss.destroy();
                return null;
            }
            Matcher pid = PID.matcher(out);
            return pid.find() ? Long.valueOf(pid.group(1)) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
