package th.tambondesk.line.webhook;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import th.tambondesk.line.channel.LineProperties;

/**
 * {@code POST /callback}: LINE's webhook. Checks the signature over the raw bytes before anything else, stores the
 * events and answers 200 without waiting for the conversation or the LINE API. When the events cannot be stored
 * it answers 503, so LINE delivers them again.
 */
@RestController
class LineWebhookController {

    static final String PATH = "/callback";

    private static final Logger log = LoggerFactory.getLogger(LineWebhookController.class);

    private final ObjectProvider<WebhookIngest> ingest;
    private final LineProperties properties;

    LineWebhookController(ObjectProvider<WebhookIngest> ingest, LineProperties properties) {
        this.ingest = ingest;
        this.properties = properties;
    }

    @PostMapping(PATH)
    ResponseEntity<String> callback(HttpServletRequest request) throws IOException {
        WebhookIngest webhook = ingest.getIfAvailable();
        if (webhook == null) {
            return plain(HttpStatus.SERVICE_UNAVAILABLE, "LINE channel is not configured");
        }
        int limit = (int) properties.maxWebhookBody().toBytes();
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            return plain(HttpStatus.PAYLOAD_TOO_LARGE, "body too large");
        }
        byte[] body = declared >= 0
                // The container ends the stream at the declared length; a shorter body fails the signature check.
                ? request.getInputStream().readNBytes((int) declared)
                : readAtMost(request.getInputStream(), limit);
        if (body == null) {
            return plain(HttpStatus.PAYLOAD_TOO_LARGE, "body too large");
        }
        if (!webhook.signatureMatches(request.getHeader("x-line-signature"), body)) {
            return plain(HttpStatus.BAD_REQUEST, "invalid signature");
        }
        try {
            webhook.accept(body);
        } catch (WebhookIngest.MalformedWebhookException e) {
            log.warn("Signed webhook with an unreadable body: {}", e.getMessage());
            return plain(HttpStatus.BAD_REQUEST, "invalid body");
        }
        return plain(HttpStatus.OK, "OK");
    }

    /** The database is down or busy: refuse, so that LINE delivers the events again later. */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ResponseEntity<String> storageUnavailable(Exception e) {
        log.error("Webhook events could not be stored; answering 503 so LINE redelivers: {}", e.toString());
        return plain(HttpStatus.SERVICE_UNAVAILABLE, "try again later");
    }

    private static ResponseEntity<String> plain(HttpStatus status, String body) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(body);
    }

    /**
     * Reads a body of unknown length (chunked), or returns null when it is longer than {@code limit} bytes. Not for
     * every request: reading up to a limit buffers in 8 KB pieces, where a declared length needs one array.
     */
    private static byte @Nullable [] readAtMost(InputStream in, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit + 1);
        return bytes.length > limit ? null : bytes;
    }
}
