package th.tambondesk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** The management port listens on 127.0.0.1 unless the operator names another address. */
class ManagementOnLocalhostTest {

    @Test
    void aManagementPortOfItsOwnListensOnLocalhostByDefault() {
        assertThat(address(new MockEnvironment().withProperty("server.port", "8080")
                .withProperty("management.server.port", "8081"))).isEqualTo("127.0.0.1");
    }

    @Test
    void theOperatorMayNameTheAddress() {
        assertThat(address(new MockEnvironment().withProperty("management.server.port", "8081")
                .withProperty("TAMBONDESK_MANAGEMENT_ADDRESS", "10.0.0.5"))).isEqualTo("10.0.0.5");
        assertThat(address(new MockEnvironment().withProperty("management.server.port", "8081")
                .withProperty(ManagementOnLocalhost.ADDRESS, "0.0.0.0"))).isEqualTo("0.0.0.0");
    }

    @Test
    void noAddressWhenHealthIsServedOnTheApplicationsPort() {
        assertThat(address(new MockEnvironment().withProperty("server.port", "9000")
                .withProperty("management.server.port", "9000"))).isNull();
        assertThat(address(new MockEnvironment().withProperty("management.server.port", ""))).isNull();
    }

    private static String address(MockEnvironment environment) {
        new ManagementOnLocalhost().postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty(ManagementOnLocalhost.ADDRESS);
    }
}
