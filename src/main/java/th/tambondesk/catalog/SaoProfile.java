package th.tambondesk.catalog;

import java.util.Optional;

/**
 * What residents may be told about the SAO. Optional fields are empty until the SAO configures them.
 */
public record SaoProfile(
        String name,
        String shortName,
        Optional<String> address,
        Optional<String> phone,
        Optional<String> email,
        Optional<String> officeHours,
        Optional<String> website,
        Optional<String> lineId,
        Optional<String> mapUrl) {
}
