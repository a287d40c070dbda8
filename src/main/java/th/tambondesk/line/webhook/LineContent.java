package th.tambondesk.line.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

import com.linecorp.bot.client.base.BlobContent;
import com.linecorp.bot.client.base.Result;
import com.linecorp.bot.messaging.client.MessagingApiBlobClient;
import com.linecorp.bot.messaging.client.MessagingApiClientException;
import com.linecorp.bot.webhook.model.ContentProvider;
import com.linecorp.bot.webhook.model.ImageMessageContent;

import th.tambondesk.common.ImageType;
import th.tambondesk.conversation.Input;
import th.tambondesk.line.channel.LineChannelCondition;
import th.tambondesk.line.channel.LineProperties;

/**
 * Fetches photos residents send from LINE's content API. Checks the size while reading and the format by the
 * bytes themselves. LINE's own failures (5xx, timeouts) are thrown, so the event is tried again later; a photo
 * LINE no longer has, or that is not a picture, becomes a {@link Input.PhotoProblem} the dialogue explains.
 */
@Component
@Conditional(LineChannelCondition.class)
class LineContent {

    private static final Logger log = LoggerFactory.getLogger(LineContent.class);

    private final MessagingApiBlobClient blob;
    private final LineProperties properties;

    LineContent(MessagingApiBlobClient blob, LineProperties properties) {
        this.blob = blob;
        this.properties = properties;
    }

    Input.Photo photo(ImageMessageContent image) {
        ContentProvider provider = image.contentProvider();
        if (provider != null && provider.type() == ContentProvider.Type.EXTERNAL) {
            // Only content stored by LINE is fetched; an outside URL is not followed from this server.
            return Input.Photo.failed(Input.PhotoProblem.UNREADABLE);
        }
        Result<BlobContent> result;
        try {
            result = blob.getMessageContent(image.id())
                    .get(properties.apiTimeout().toMillis() * 3, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching a photo", e);
        } catch (TimeoutException e) {
            throw new LineUnavailableException("photo download timed out", e);
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof MessagingApiClientException api && api.getCode() < 500 && api.getCode() != 429) {
                log.info("LINE has no content for message {}: {} {}", image.id(), api.getCode(), api.getError());
                return Input.Photo.failed(Input.PhotoProblem.UNREADABLE);
            }
            throw new LineUnavailableException("photo download failed: " + cause, cause);
        }
        int limit = (int) properties.maxImage().toBytes();
        byte[] bytes;
        try (InputStream in = result.body().byteStream()) {
            bytes = in.readNBytes(limit + 1);
        } catch (IOException e) {
            throw new LineUnavailableException("photo download broke off", e);
        }
        if (bytes.length > limit) {
            return Input.Photo.failed(Input.PhotoProblem.TOO_LARGE);
        }
        return ImageType.detect(bytes)
                .map(type -> Input.Photo.of(bytes, type.mediaType()))
                .orElseGet(() -> Input.Photo.failed(Input.PhotoProblem.NOT_AN_IMAGE));
    }

    /** LINE could not be reached or failed on its side; worth trying again later. */
    static final class LineUnavailableException extends RuntimeException {
        LineUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
