package org.koprogo.deploy.operations;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Debian's nginx on the shipped deploy/nginx/koprogo.conf, in a prefix of its own (no root paths): the test's copy
 * differs only in where it logs (the prefix instead of /var/log/nginx) and where it listens (a free loopback port
 * instead of port 80 on every interface).
 */
final class Nginx implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/sbin/nginx");
    static final Path CONFIG = Repository.DEPLOY.resolve("nginx/koprogo.conf");

    private final Path prefix;
    private final int port;
    private Process process;

    private Nginx(Path prefix, int port) {
        this.prefix = prefix;
        this.port = port;
    }

    /** A prefix whose nginx.conf includes the shipped server and {@code upstream}, the file naming the instances. */
    static Nginx prepare(Path prefix, String upstream) throws IOException {
        int port = FreePort.pick();
        Files.createDirectories(prefix.resolve("logs"));
        Files.createDirectories(prefix.resolve("temp"));
        Files.writeString(prefix.resolve("upstream.conf"), upstream);
        Files.writeString(prefix.resolve("koprogo.conf"), Repository.read(CONFIG)
                .replace("/var/log/nginx/", prefix.resolve("logs") + "/")
                .replace("listen [::]:80 default_server;", "")
                .replace("listen 80 default_server;", "listen 127.0.0.1:" + port + " default_server;"));
        String temp = prefix.resolve("temp").toString();
        Files.writeString(prefix.resolve("nginx.conf"), String.join("\n",
                "daemon off;",
                // one process as the test's user: no workers switching to another user
                "master_process off;",
                "pid " + prefix.resolve("nginx.pid") + ";",
                "error_log " + prefix.resolve("logs/error.log") + " info;",
                "events {}",
                "http {",
                "    access_log off;",
                "    client_body_temp_path " + temp + "/body;",
                "    proxy_temp_path " + temp + "/proxy;",
                "    fastcgi_temp_path " + temp + "/fastcgi;",
                "    uwsgi_temp_path " + temp + "/uwsgi;",
                "    scgi_temp_path " + temp + "/scgi;",
                "    include " + prefix.resolve("upstream.conf") + ";",
                "    include " + prefix.resolve("koprogo.conf") + ";",
                "}", ""));
        return new Nginx(prefix, port);
    }

    /** nginx -t: the configuration's syntax and every value nginx checks before it starts; its output. */
    CommandResult test() throws IOException, InterruptedException {
        return CommandResult.of(command("-t"));
    }

    Nginx start() throws IOException, InterruptedException {
        process = new ProcessBuilder(command()).redirectErrorStream(true)
                .redirectOutput(prefix.resolve("logs/stdout.log").toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return this;
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("nginx stopped: " + Files.readString(prefix.resolve("logs/error.log")));
                }
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("nginx is not listening on " + port);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    private List<String> command(String... more) {
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "-p", prefix.toString(),
                "-c", prefix.resolve("nginx.conf").toString()));
        command.addAll(List.of(more));
        return command;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor();
        }
    }
}
