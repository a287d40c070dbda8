package th.tambondesk.common;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address residents reach this server at ({@code TAMBONDESK_PUBLIC_URL}, e.g. {@code https://desk.example.go.th}).
 * Printed QR codes and links carry it, so it is never guessed from a request: without it nothing is printed.
 */
@Component
public class PublicUrl {

    /** The environment variable that sets it, named on the pages that need it. */
    public static final String VARIABLE = "TAMBONDESK_PUBLIC_URL";

    private static final Logger log = LoggerFactory.getLogger(PublicUrl.class);

    private final Optional<String> base;

    public PublicUrl(@Value("${tambondesk.public-url:}") String configured) {
        this.base = parse(configured);
        base.filter(url -> url.startsWith("http://") && !isLocal(url)).ifPresent(url -> log.warn(
                "{} is {}: printed QR codes will use plain HTTP. Use the HTTPS address of the reverse proxy.",
                VARIABLE, url));
    }

    /** The base without a trailing slash, if configured. */
    public Optional<String> base() {
        return base;
    }

    /** The absolute link to a path of this server ("/q/ABC123"), if the base is configured. */
    public Optional<String> of(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with /: " + path);
        }
        return base.map(b -> b + path);
    }

    static Optional<String> parse(String configured) {
        if (configured == null || configured.isBlank()) {
            return Optional.empty();
        }
        String value = configured.strip();
        while (value.endsWith("/")) {
            value = value.substring(0, value.length() - 1);
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                throw new IllegalStateException(invalid(configured));
            }
            return Optional.of(value);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(invalid(configured), e);
        }
    }

    private static String invalid(String configured) {
        return VARIABLE + " must be the http(s) address of this server without query or fragment, e.g. "
                + "https://desk.example.go.th, not '" + configured + "'";
    }

    private static boolean isLocal(String url) {
        String host = URI.create(url).getHost();
        return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
    }
}
