package th.tambondesk.webchat;

import java.time.Clock;
import java.time.Duration;

import org.springframework.stereotype.Component;

import th.tambondesk.common.SaltedHash;
import th.tambondesk.common.SourceThrottle;

/**
 * Keeps one client from flooding the web chat, in memory and per source only (nobody else waits): new chats per
 * address, photos per address and per chat. Cases need no limit of their own here: every channel allows a resident
 * a few cases an hour ({@code conversation/Forms}), and a client cannot make new residents faster than new chats.
 * Addresses are kept as salted hashes; every map is bounded ({@link SourceThrottle#MAX_SOURCES}).
 */
@Component
class ChatLimits {

    static final int CHATS_PER_ADDRESS_HOUR = 30;
    static final int PHOTOS_PER_ADDRESS_HOUR = 100;
    static final int PHOTOS_PER_CHAT_HOUR = 30;

    private final SaltedHash hash = new SaltedHash();
    private final SourceThrottle chats;
    private final SourceThrottle addressPhotos;
    private final SourceThrottle chatPhotos;

    ChatLimits(Clock clock) {
        this.chats = new SourceThrottle(CHATS_PER_ADDRESS_HOUR, Duration.ofHours(1), clock);
        this.addressPhotos = new SourceThrottle(PHOTOS_PER_ADDRESS_HOUR, Duration.ofHours(1), clock);
        this.chatPhotos = new SourceThrottle(PHOTOS_PER_CHAT_HOUR, Duration.ofHours(1), clock);
    }

    /** Counts a new chat from the address; refused while the address is over its limit. */
    void newChat(String address) {
        String source = hash.of(address, 12);
        check(chats.waitFor(source), Reached.What.CHATS);
        chats.failed(source);
    }

    /** Counts a photo of the chat from the address; refused while either is over its limit. */
    void photo(String address, String chat) {
        String source = hash.of(address, 12);
        String session = hash.of(chat, 12);
        check(addressPhotos.waitFor(source), Reached.What.PHOTOS);
        check(chatPhotos.waitFor(session), Reached.What.PHOTOS);
        addressPhotos.failed(source);
        chatPhotos.failed(session);
    }

    private static void check(Duration wait, Reached.What what) {
        if (!wait.isZero() && !wait.isNegative()) {
            throw new Reached(what, wait);
        }
    }

    /** A limit was reached: nothing was sent; the client may try again after {@code wait}. */
    static final class Reached extends RuntimeException {

        enum What { CHATS, PHOTOS }

        final What what;
        final Duration wait;

        Reached(What what, Duration wait) {
            super("web chat limit reached: " + what, null, false, false);
            this.what = what;
            this.wait = wait;
        }
    }
}
