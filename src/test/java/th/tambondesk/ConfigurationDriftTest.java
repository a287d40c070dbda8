package th.tambondesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every {@code tambondesk.*} setting (from the configuration metadata the build generates) is documented in the
 * README's configuration table and in {@code .env.example}, under the environment variable that really sets it; and
 * neither names a variable the application does not read.
 */
class ConfigurationDriftTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    private static final Pattern VARIABLE = Pattern.compile("`([A-Z][A-Z0-9_]{2,})`");
    private static final Pattern LITERAL = Pattern.compile("\"(TAMBONDESK_[A-Z0-9_]+)\"");

    @Test
    void everySettingIsDocumentedUnderItsVariableAndNothingElseIs() throws IOException {
        Map<String, String> variableOf = variablesOfSettings();
        TreeSet<String> readme = readmeVariables();
        TreeSet<String> example = exampleVariables();

        assertThat(variableOf).as("the metadata lists the settings").containsKeys("tambondesk.line.workers",
                "tambondesk.public-url", "tambondesk.sao.phone", "tambondesk.backup.keep");
        TreeSet<String> missingInReadme = new TreeSet<>(variableOf.values());
        missingInReadme.removeAll(readme);
        TreeSet<String> missingInExample = new TreeSet<>(variableOf.values());
        missingInExample.removeAll(example);
        assertThat(missingInReadme).as("settings missing from README's configuration table").isEmpty();
        assertThat(missingInExample).as("settings missing from .env.example").isEmpty();

        TreeSet<String> known = new TreeSet<>(variableOf.values());
        known.addAll(placeholdersInConfiguration());
        known.addAll(variablesReadInCode());
        known.add("SPRING_PROFILES_ACTIVE");
        TreeSet<String> unknownInReadme = new TreeSet<>(readme);
        unknownInReadme.removeAll(known);
        TreeSet<String> unknownInExample = new TreeSet<>(example);
        unknownInExample.removeAll(known);
        assertThat(unknownInReadme).as("README names variables the application does not read").isEmpty();
        assertThat(unknownInExample).as(".env.example names variables the application does not read").isEmpty();
    }

    /**
     * Each setting and its variable: the one application.properties maps it from, or else the one Spring's relaxed
     * binding reads ({@code tambondesk.line.claim-gap} ← {@code TAMBONDESK_LINE_CLAIMGAP}).
     */
    static Map<String, String> variablesOfSettings() throws IOException {
        Map<String, String> mapped = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("src/main/resources/application.properties"))) {
            int eq = line.indexOf('=');
            if (line.startsWith("tambondesk.") && eq > 0) {
                Matcher placeholder = PLACEHOLDER.matcher(line.substring(eq + 1));
                if (placeholder.find()) {
                    mapped.put(line.substring(0, eq).strip(), placeholder.group(1));
                }
            }
        }
        Map<String, String> variables = new LinkedHashMap<>();
        try (InputStream in = ConfigurationDriftTest.class
                .getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            JsonNode metadata = new ObjectMapper().readTree(in);
            for (JsonNode property : metadata.path("properties")) {
                String name = property.path("name").asText();
                if (name.startsWith("tambondesk.")) {
                    variables.put(name, mapped.getOrDefault(name,
                            name.toUpperCase(Locale.ROOT).replace("-", "").replace('.', '_')));
                }
            }
        }
        return variables;
    }

    private static TreeSet<String> readmeVariables() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int from = readme.indexOf("\n## Configuration");
        int to = readme.indexOf("\n## ", from + 5);
        TreeSet<String> found = new TreeSet<>();
        for (String line : readme.substring(from, to).split("\n")) {
            if (line.startsWith("| `")) {
                Matcher variable = VARIABLE.matcher(line.substring(0, line.indexOf(" | ", 2)));
                while (variable.find()) {
                    found.add(variable.group(1));
                }
            }
        }
        return found;
    }

    private static TreeSet<String> exampleVariables() throws IOException {
        TreeSet<String> found = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of(".env.example"))) {
            Matcher matcher = Pattern.compile("^(?:#\\s*)?([A-Z][A-Z0-9_]*)=").matcher(line);
            if (matcher.find()) {
                found.add(matcher.group(1));
            }
        }
        return found;
    }

    private static TreeSet<String> placeholdersInConfiguration() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
            return matches(files.filter(f -> f.getFileName().toString().startsWith("application")), PLACEHOLDER);
        }
    }

    private static TreeSet<String> variablesReadInCode() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            return matches(files.filter(f -> f.toString().endsWith(".java")), LITERAL);
        }
    }

    private static TreeSet<String> matches(Stream<Path> files, Pattern pattern) throws IOException {
        TreeSet<String> found = new TreeSet<>();
        for (Path file : files.toList()) {
            Matcher matcher = pattern.matcher(Files.readString(file));
            while (matcher.find()) {
                found.add(matcher.group(1));
            }
        }
        return found;
    }
}
