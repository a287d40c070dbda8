package th.tambondesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Reads a {@code .env} file in the working folder, when there is one, as if its variables were set in the
 * environment: the same file serves {@code ./mvnw spring-boot:run}, {@code java -jar}, systemd's
 * {@code EnvironmentFile} and Docker Compose's {@code env_file}. Variables really set in the environment win; an
 * empty value ({@code KEY=}, as in {@code .env.example}) leaves the default. The file is read as UTF-8, so Thai
 * names work (Spring's own {@code .properties} loader reads ISO-8859-1).
 *
 * <p>Format: {@code KEY=value} lines, {@code #} comments, an optional {@code export } prefix, and values in single
 * or double quotes (double quotes understand {@code \n}, {@code \"} and {@code \\}).
 */
class DotEnvFile implements EnvironmentPostProcessor, Ordered {

    /**
     * A name ending in {@code -systemEnvironment}: Spring Boot then reads it with the environment's relaxed names, so
     * {@code TAMBONDESK_LINE_WORKERS} sets {@code tambondesk.line.workers} as a real variable would.
     */
    static final String SOURCE = "dotenv-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
    private static final Pattern LINE = Pattern.compile("(?:export\\s+)?([A-Za-z_][A-Za-z0-9_.\\-]*)\\s*=\\s*(.*)");

    private final Log log;

    DotEnvFile(DeferredLogFactory logs) {
        this.log = logs.getLog(DotEnvFile.class);
    }

    /** Before the application's own configuration files are read, so their placeholders see these variables. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        apply(environment, Path.of("").toAbsolutePath());
    }

    void apply(ConfigurableEnvironment environment, Path folder) {
        Path file = folder.resolve(".env");
        if (!Files.isRegularFile(file)) {
            return;
        }
        Map<String, Object> values;
        try {
            values = parse(Files.readAllLines(file, StandardCharsets.UTF_8), file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
        SystemEnvironmentPropertySource source = new SystemEnvironmentPropertySource(SOURCE, values);
        if (environment.getPropertySources().contains(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME)) {
            environment.getPropertySources().addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                    source);
        } else {
            environment.getPropertySources().addLast(source);
        }
        log.info("Read " + values.size() + " settings from " + file + " (variables set in the environment win)");
    }

    /** The non-empty variables of the file; a line that is not a variable stops the start with its number. */
    static Map<String, Object> parse(List<String> lines, Path file) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher matcher = LINE.matcher(line);
            if (!matcher.matches()) {
                throw new IllegalStateException(file + " line " + (i + 1)
                        + " is not KEY=value (a # starts a comment line)");
            }
            String value = unquote(matcher.group(2).strip());
            if (!value.isEmpty()) {
                values.put(matcher.group(1), value);
            }
        }
        return values;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            return value.substring(1, value.length() - 1);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            StringBuilder out = new StringBuilder();
            String inner = value.substring(1, value.length() - 1);
            for (int i = 0; i < inner.length(); i++) {
                char c = inner.charAt(i);
                if (c == '\\' && i + 1 < inner.length()) {
                    char next = inner.charAt(++i);
                    out.append(next == 'n' ? '\n' : next);
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
        return value;
    }
}
