package th.tambondesk.inbox;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A page for something that does not exist (or that this account may not know exists): 404, never 500. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NotFound extends RuntimeException {
    NotFound() {
        super("not found", null, false, false);
    }
}
