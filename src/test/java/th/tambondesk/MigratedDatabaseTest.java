package th.tambondesk;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.test.context.TestPropertySource;

/**
 * A JDBC slice on the database the run is configured for (H2, or PostgreSQL in CI's second pass), migrated by
 * Flyway: for tests of queries whose plans or locks differ between the two. Import the beans under test; add
 * {@code @Transactional(propagation = NOT_SUPPORTED)} where the test needs its own commits.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource(properties = "spring.flyway.enabled=true")
public @interface MigratedDatabaseTest {
}
