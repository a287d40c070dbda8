package th.tambondesk.qr;

/** A poster that cannot be made as asked; the message key says why, in the staff's language. */
public class InvalidPoster extends RuntimeException {

    private final String messageKey;

    InvalidPoster(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
