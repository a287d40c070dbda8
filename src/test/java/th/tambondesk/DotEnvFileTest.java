package th.tambondesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class DotEnvFileTest {

    @TempDir
    Path folder;

    private final DotEnvFile dotEnv = new DotEnvFile(destination -> LogFactory.getLog(DotEnvFile.class));

    @Test
    void aDotEnvFileSetsVariablesInUtf8ThatTheRealEnvironmentOverrides() throws IOException {
        Files.writeString(folder.resolve(".env"), """
                # the SAO
                TAMBONDESK_SAO_SHORT_NAME=อบต.ทดสอบ
                export TAMBONDESK_SAO_PHONE="034 123 456"
                TAMBONDESK_SAO_OFFICE_HOURS='จันทร์–ศุกร์ 08.30–16.30 น.'
                TAMBONDESK_PUBLIC_URL=
                TAMBONDESK_LINE_WORKERS=3
                SPRING_PROFILES_ACTIVE=postgres
                PATH=/nowhere
                """, StandardCharsets.UTF_8);
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addLast(new MapPropertySource("application",
                Map.of("tambondesk.sao.phone", "${TAMBONDESK_SAO_PHONE:}",
                        "tambondesk.public-url", "${TAMBONDESK_PUBLIC_URL:https://default.example}")));

        dotEnv.apply(environment, folder);

        assertThat(environment.getProperty("TAMBONDESK_SAO_SHORT_NAME")).isEqualTo("อบต.ทดสอบ");
        assertThat(environment.getProperty("tambondesk.sao.phone")).isEqualTo("034 123 456");
        assertThat(environment.getProperty("TAMBONDESK_SAO_OFFICE_HOURS")).isEqualTo("จันทร์–ศุกร์ 08.30–16.30 น.");
        assertThat(environment.getProperty("tambondesk.public-url")).as("an empty value leaves the default")
                .isEqualTo("https://default.example");
        assertThat(environment.getProperty("PATH")).as("the real environment wins").isEqualTo(System.getenv("PATH"));
        assertThat(Binder.get(environment).bind("tambondesk.line.workers", Integer.class).get())
                .as("relaxed names bind as from the environment").isEqualTo(3);
        assertThat(Binder.get(environment).bind("spring.profiles.active", String.class).get()).isEqualTo("postgres");
    }

    @Test
    void noFileChangesNothingAndABrokenLineNamesItsNumber() throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        int sources = environment.getPropertySources().size();
        dotEnv.apply(environment, folder);
        assertThat(environment.getPropertySources().size()).isEqualTo(sources);

        assertThatThrownBy(() -> DotEnvFile.parse(List.of("# fine", "PORT=8080", "this is not a setting"),
                folder.resolve(".env"))).hasMessageContaining("line 3");
        assertThat(DotEnvFile.parse(List.of("\uFEFFA=\"two\\nlines \\\"quoted\\\"\""), folder.resolve(".env")))
                .containsEntry("A", "two\nlines \"quoted\"");
    }
}
