package org.koprogo.core.problem.boundary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The servlet container's error page (web-fragment.xml): paths outside JAX-RS, such as /favicon.ico, and
 * errors raised before JAX-RS runs get problem+json instead of Payara's HTML page.
 */
@WebServlet(urlPatterns = ContainerErrorServlet.PATH)
public class ContainerErrorServlet extends HttpServlet {

    static final String PATH = "/_problem";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value && value >= 400 ? value : 404;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri != null ? uri.toString() : request.getRequestURI();
        String detail = status == 404 ? "No resource at " + request.getMethod() + " " + path : null;
        if (status >= 500) {
            detail = "The server could not handle the request";
        }
        JsonObjectBuilder problem = Json.createObjectBuilder()
                .add("type", Problem.GENERIC_TYPE)
                .add("title", Problems.reason(status))
                .add("status", status)
                .add("instance", path);
        if (detail != null) {
            problem.add("detail", detail);
        }
        byte[] body = problem.build().toString().getBytes(StandardCharsets.UTF_8);
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
