package th.tambondesk.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.io.ClassPathResource;

/** The generated integrity key goes into the data folder, wherever that is, and nowhere else. */
class IntegrityPropertiesTest {

    @Test
    void theKeyFileFollowsTheDataFolder() throws Exception {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new MapPropertySource("environment", Map.of("tambondesk.data-dir", "/srv/tambondesk")));
        new PropertiesPropertySourceLoader().load("application", new ClassPathResource("application.properties"))
                .forEach(sources::addLast);
        Binder binder = new Binder(ConfigurationPropertySources.from(sources),
                new PropertySourcesPlaceholdersResolver(sources));

        IntegrityProperties properties = binder.bind("tambondesk.integrity", IntegrityProperties.class).get();

        assertThat(properties.keyFile()).isEqualTo("/srv/tambondesk/integrity.key");
    }
}
