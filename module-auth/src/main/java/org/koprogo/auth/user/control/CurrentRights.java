package org.koprogo.auth.user.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.koprogo.core.security.boundary.RightsVersions;

/**
 * module-auth's side of the rights contract, asked at every authenticated request: one primary-key read of the
 * user joined to its organization, in plain JDBC (no persistence context to build for two numbers).
 */
@ApplicationScoped
public class CurrentRights implements RightsVersions {

    private static final String QUERY = """
            select u.rights_version, o.rights_version
            from users u left join organizations o on o.id = u.organization_id
            where u.id = ?
            """;

    @Inject
    DataSource dataSource;

    @Override
    public Optional<Current> current(UUID userId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(QUERY)) {
            statement.setObject(1, userId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                long user = row.getLong(1);
                long organization = row.getLong(2);
                return Optional.of(new Current(user, row.wasNull() ? null : organization));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the rights versions of user " + userId, e);
        }
    }
}
