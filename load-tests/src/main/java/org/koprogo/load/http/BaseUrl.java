package org.koprogo.load.http;

import java.net.URI;

/** Where the server listens: plain HTTP only, since the generator measures the application, not TLS. */
public record BaseUrl(String host, int port) {

    public static BaseUrl parse(String url) {
        URI uri = URI.create(url);
        if (!"http".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("expected a base URL like http://localhost:8080, got " + url);
        }
        return new BaseUrl(uri.getHost(), uri.getPort() == -1 ? 80 : uri.getPort());
    }

    /** The Host header: the port is left out when it is the default, as browsers do. */
    public String authority() {
        return port == 80 ? host : host + ":" + port;
    }

    @Override
    public String toString() {
        return "http://" + authority();
    }
}
