package th.tambondesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * TambonDesk: the LINE chatbot and e-service desk of a Thai Subdistrict Administrative Organization.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync
public class TambonDeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(TambonDeskApplication.class, args);
    }
}
