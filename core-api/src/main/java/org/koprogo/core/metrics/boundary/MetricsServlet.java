package org.koprogo.core.metrics.boundary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.koprogo.core.metrics.control.DatabaseConnections;
import org.koprogo.core.metrics.control.ProcessMetrics;
import org.koprogo.core.metrics.control.PrometheusText;
import org.koprogo.core.metrics.control.RouteMetrics;

/** /metrics in Prometheus text: per-route latency histograms, process and JVM figures, database connections. */
@WebServlet(urlPatterns = "/metrics")
public class MetricsServlet extends HttpServlet {

    @Inject
    RouteMetrics routes;

    @Inject
    ProcessMetrics process;

    @Inject
    DatabaseConnections database;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PrometheusText text = new PrometheusText();
        routes.writeTo(text);
        process.writeTo(text);
        database.writeTo(text);
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        response.setContentType(PrometheusText.CONTENT_TYPE);
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
