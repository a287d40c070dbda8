package th.tambondesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The floor of the webhook benchmark: the least a LINE webhook can do. It reads the body as /callback does, checks
 * the signature (HMAC-SHA256, constant-time compare) and answers 200, storing nothing. It goes through the same
 * servlet container and Spring Security as /callback, with a chain like the callback's. Compiled and put on the
 * class path only by bench/webhook.sh; on only with tambondesk.bench.floor=true.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("tambondesk.bench.floor")
@RestController
public class FloorEndpoint {

    static final String PATH = "/bench/floor";

    private final byte[] secret;

    FloorEndpoint(@Value("${line.bot.channel-secret}") String secret) {
        this.secret = secret.getBytes(StandardCharsets.US_ASCII);
    }

    @Bean
    @Order(9)
    SecurityFilterChain floorSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher(PATH)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .build();
    }

    @PostMapping(PATH)
    ResponseEntity<String> floor(HttpServletRequest request) throws IOException {
        long declared = request.getContentLengthLong();
        byte[] body = declared >= 0 && declared <= 1024 * 1024
                ? request.getInputStream().readNBytes((int) declared)
                : request.getInputStream().readNBytes(1024 * 1024 + 1);
        String header = request.getHeader("x-line-signature");
        if (body.length > 1024 * 1024 || header == null) {
            return ResponseEntity.badRequest().build();
        }
        byte[] expected;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            expected = mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(header.strip());
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().build();
        }
        if (!MessageDigest.isEqual(expected, given)) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).build();
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("OK");
    }
}
