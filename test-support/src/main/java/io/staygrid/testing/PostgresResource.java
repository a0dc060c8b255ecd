package io.staygrid.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} application a fresh database on the embedded PostgreSQL.
 * Use with {@code @QuarkusTestResource(PostgresResource.class)}; Flyway creates the schema at start.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        String url = EmbeddedPostgres.createDatabase("test");
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        // The server is shared by every test class of this JVM and stops with it.
    }
}
