package th.tambondesk.cases;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A request to open a case.
 *
 * @param idempotencyKey the same key opens the case only once (a double tap, a retried transaction)
 * @param requester      who to tell, or null
 * @param details        what the resident gave, in the order asked
 */
public record OpenCase(String idempotencyKey, String serviceCode, CaseChannel channel,
                       @Nullable Requester requester, @Nullable String contactName, @Nullable String phone,
                       List<Detail> details, @Nullable Place place, List<Photo> photos) {

    public OpenCase {
        details = List.copyOf(details);
        photos = List.copyOf(photos);
    }

    /** One answer, labelled as the form asked it. */
    public record Detail(String label, String value) {
    }

    /** A place: coordinates when the resident shared them, a description when they typed it. */
    public record Place(@Nullable Double latitude, @Nullable Double longitude, @Nullable String description) {
    }

    public record Photo(byte[] bytes, String contentType) {
    }
}
