package th.tambondesk;

import java.util.Map;
import java.util.Objects;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Binds the management port (health, metrics) to 127.0.0.1 unless {@code TAMBONDESK_MANAGEMENT_ADDRESS} (or
 * {@code management.server.address}) names another address, so that a server's health and metrics are never
 * reachable from outside by accident. Only when the management port is a port of its own: Spring Boot refuses an
 * address for actuator endpoints served on the application's port (as the tests and benchmarks do).
 */
class ManagementOnLocalhost implements EnvironmentPostProcessor {

    static final String ADDRESS = "management.server.address";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(ADDRESS)) {
            return;
        }
        String management = environment.getProperty("management.server.port");
        String server = environment.getProperty("server.port", "8080");
        if (management == null || management.isBlank() || Objects.equals(management.strip(), server.strip())
                || management.strip().startsWith("-")) {
            return;
        }
        String address = environment.getProperty("TAMBONDESK_MANAGEMENT_ADDRESS", "127.0.0.1");
        environment.getPropertySources().addLast(new MapPropertySource("tambondesk-management-address",
                Map.of(ADDRESS, address)));
    }
}
