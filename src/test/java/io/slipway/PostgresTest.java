package io.slipway;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Base of tests that run the whole application on a real PostgreSQL. The binaries come from a Maven artifact, so
 * every machine can run these tests. PostgreSQL is a bean of the test's application context, so it stops only
 * after the application has let go of its connections.
 */
@SlipwayTest
@Import(PostgresTest.EmbeddedPostgresConfig.class)
public abstract class PostgresTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class EmbeddedPostgresConfig {

        @Bean(destroyMethod = "close")
        EmbeddedPostgres embeddedPostgres() throws IOException {
            return EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        }

        @Bean(destroyMethod = "close")
        HikariDataSource dataSource(EmbeddedPostgres postgres) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            config.setUsername("postgres");
            config.setPassword("postgres");
            config.setMaximumPoolSize(10);
            return new HikariDataSource(config);
        }
    }
}
