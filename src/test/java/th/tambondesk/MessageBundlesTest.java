package th.tambondesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every Thai text has its English twin and the other way round, so the English bundle never falls behind. */
class MessageBundlesTest {

    @Test
    void thaiAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Resource[] bundles = new PathMatchingResourcePatternResolver().getResources("classpath:i18n/*.properties");
        int checked = 0;
        for (Resource thai : bundles) {
            String name = thai.getFilename();
            if (name == null || name.contains("_")) {
                continue;
            }
            Resource english = thai.createRelative(name.replace(".properties", "_en.properties"));
            assertThat(english.exists()).as("%s has an English twin", name).isTrue();
            Properties th = load(thai);
            Properties en = load(english);
            assertThat(en.stringPropertyNames()).as("keys of %s", name).isEqualTo(th.stringPropertyNames());
            th.forEach((key, value) -> assertThat(value.toString()).as("%s in %s", key, name).isNotBlank());
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(3);
    }

    private static Properties load(Resource resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = resource.getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
