package org.koprogo.core.problem.boundary;

import java.io.IOException;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.koprogo.core.json.boundary.JsonMapping;

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
        if (status == 501) {
            // a plain servlet (the container's default one, /metrics) answers 501 to a method it lacks, such as
            // PATCH: a method not allowed there, not a server fault
            status = 405;
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri != null ? uri.toString() : request.getRequestURI();
        String detail = switch (status) {
            case 404 -> "No resource at " + request.getMethod() + " " + path;
            // MicroProfile JWT refused the bearer token before the request reached JAX-RS
            case 401 -> "The access token is invalid or expired";
            case 405 -> "Method " + request.getMethod() + " is not allowed at " + path;
            default -> status >= 500 ? "The server could not handle the request" : null;
        };
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        }
        write(response, Problem.of(status, Problems.reason(status), detail, path));
    }

    /** Writes a problem+json answer from servlet code, outside JAX-RS. */
    static void write(HttpServletResponse response, Problem problem) throws IOException {
        byte[] body = JsonMapping.MAPPER.writeValueAsBytes(Problems.identified(problem));
        response.resetBuffer();
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
