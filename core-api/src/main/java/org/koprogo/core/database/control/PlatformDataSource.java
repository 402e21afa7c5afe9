package org.koprogo.core.database.control;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The one JDBC pool every module shares, declared in core-api's web-fragment.xml from KOPROGO_DB_*.
 * Looked up by name: Payara does not register {@code @Resource} injection points of library-jar beans.
 */
@ApplicationScoped
public class PlatformDataSource {

    public static final String JNDI_NAME = "java:global/jdbc/koprogo";

    @Produces
    @ApplicationScoped
    DataSource dataSource() {
        try {
            return InitialContext.doLookup(JNDI_NAME);
        } catch (NamingException e) {
            throw new IllegalStateException("The platform data source " + JNDI_NAME + " is not bound", e);
        }
    }
}
