package org.koprogo.load.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.koprogo.load.http.BaseUrl;

/**
 * One of several instances of the platform behind a load balancer: its own base URL (for its {@code /metrics})
 * and how to find its process, which a restart replaces: the pid its file holds now, else whoever listens on
 * its port.
 */
public record AppInstance(BaseUrl server, Path pidFile) {

    /**
     * {@code URL[=PIDFILE],...}, e.g. {@code http://127.0.0.1:8081=/tmp/c/1/platform.pid,http://127.0.0.1:8082}.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static List<AppInstance> parseList(String text) {
        List<AppInstance> instances = new ArrayList<>();
        for (String item : text.split(",")) {
            String trimmed = item.trim();
            if (trimmed.isEmpty()) {
                throw new IllegalArgumentException("an empty instance in '" + text + "'");
            }
            int equals = trimmed.indexOf('=');
            instances.add(equals < 0 ? new AppInstance(BaseUrl.parse(trimmed), null)
                    : new AppInstance(BaseUrl.parse(trimmed.substring(0, equals)),
                    Path.of(trimmed.substring(equals + 1))));
        }
        return List.copyOf(instances);
    }

    /** Its process now, null when it is down. */
    public Long pid() {
        if (pidFile != null) {
            try {
                long pid = Long.parseLong(Files.readString(pidFile).trim());
                return ProcessHandle.of(pid).isPresent() ? pid : null;
            } catch (IOException | NumberFormatException unreadable) {
                return null;
            }
        }
        return PortOwner.pidListeningOn(server.port());
    }

    public String name() {
        return server.toString();
    }
}
