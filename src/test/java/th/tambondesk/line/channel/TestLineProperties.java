package th.tambondesk.line.channel;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** {@link LineProperties} as the application binds them, with the defaults for whatever a test does not set. */
public final class TestLineProperties {

    private TestLineProperties() {
    }

    /** {@code settings}: names under {@code tambondesk.line.} and their values, e.g. {@code "workers", "4"}. */
    public static LineProperties with(String... settings) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < settings.length; i += 2) {
            values.put("tambondesk.line." + settings[i], settings[i + 1]);
        }
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("tambondesk.line", LineProperties.class);
    }
}
