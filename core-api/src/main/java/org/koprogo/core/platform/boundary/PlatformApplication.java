package org.koprogo.core.platform.boundary;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.auth.LoginConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.message.GZipEncoder;
import org.koprogo.core.health.boundary.HealthResource;
import org.koprogo.core.idempotency.boundary.IdempotencyFilter;
import org.koprogo.core.json.boundary.JsonMapping;
import org.koprogo.core.limits.boundary.BodySizeLimit;
import org.koprogo.core.limits.boundary.RequestEncoding;
import org.koprogo.core.limits.boundary.ResponseCompression;
import org.koprogo.core.metrics.boundary.RouteTemplateFilter;
import org.koprogo.core.module.boundary.ModuleRegistry;
import org.koprogo.core.module.boundary.ModulesResource;
import org.koprogo.core.module.boundary.PlatformModule;
import org.koprogo.core.paging.boundary.QueryText;
import org.koprogo.core.problem.boundary.ConstraintViolationMapper;
import org.koprogo.core.problem.boundary.HeaderSyntax;
import org.koprogo.core.problem.boundary.RefusalMapper;
import org.koprogo.core.problem.boundary.TransactionFailureMapper;
import org.koprogo.core.problem.boundary.UnexpectedExceptionMapper;
import org.koprogo.core.problem.boundary.UnreadableBodyMapper;
import org.koprogo.core.problem.boundary.WebApplicationExceptionMapper;
import org.koprogo.core.rest.boundary.ApiPath;
import org.koprogo.core.rest.boundary.TextParameters;
import org.koprogo.core.security.boundary.AccessTokenCheck;

/**
 * The one JAX-RS application: the core's resources and providers plus the resources of every enabled
 * module. Listing classes turns off JAX-RS scanning, so a disabled module's routes do not exist (404).
 * Bearer tokens are verified by MicroProfile JWT; resources declare who may call them with {@code @RolesAllowed}.
 */
@ApplicationPath(ApiPath.ROOT)
@LoginConfig(authMethod = "MP-JWT")
@ApplicationScoped // Payara's MicroProfile JWT only honours @LoginConfig on a CDI bean
public class PlatformApplication extends Application {


    static final Set<Class<?>> CORE = Set.of(
            HealthResource.class,
            ModulesResource.class,
            JsonMapping.class,
            RouteTemplateFilter.class,
            BodySizeLimit.class,
            RequestEncoding.class,
            QueryText.class,
            TextParameters.class,
            HeaderSyntax.class,
            AccessTokenCheck.class,
            IdempotencyFilter.class,
            // gzip for clients that accept it, in JAX-RS rather than the listener: Grizzly's own compression
            // left Java's HttpClient (which tries an h2c upgrade) without an answer. ResponseCompression picks
            // the answers GZipEncoder compresses (JSON and text, never files); GZipEncoder would also inflate
            // requests: RequestEncoding refuses compressed ones before it can.
            ResponseCompression.class,
            GZipEncoder.class,
            WebApplicationExceptionMapper.class,
            ConstraintViolationMapper.class,
            RefusalMapper.class,
            UnreadableBodyMapper.class,
            TransactionFailureMapper.class,
            UnexpectedExceptionMapper.class);

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(CORE);
        CDI.current().select(ModuleRegistry.class).get().current().enabled().stream()
                .map(PlatformModule::resources)
                .forEach(classes::addAll);
        return classes;
    }

    /** Jackson for JSON, without Jersey's own mappers for its errors: ours answer problem+json. */
    @Override
    public Set<Object> getSingletons() {
        return Set.of(new JacksonFeature().withoutExceptionMappers());
    }

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(
                // errors carry problem+json bodies; never let the container swap them for its HTML pages
                "jersey.config.server.response.setStatusOverSendError", true,
                "jersey.config.server.wadl.disableWadl", true,
                // resources are CDI beans, whose parameters Bean Validation's interceptor checks on every call:
                // Jersey checking them first as well made every request with a body validate twice
                "jersey.config.beanValidation.disable.server", true);
    }
}
