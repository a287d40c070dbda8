package th.tambondesk.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The SAO's profile: its name and the contact facts that the SAO has configured.
 */
@Service
public class Sao {

    private static final Logger log = LoggerFactory.getLogger(Sao.class);

    private final SaoProfile profile;

    Sao(SaoProperties properties) {
        this.profile = new SaoProfile(
                properties.name().strip(),
                properties.shortName().strip(),
                present(properties.address()),
                present(properties.phone()),
                present(properties.email()),
                present(properties.officeHours()),
                present(properties.website()),
                present(properties.lineId()),
                present(properties.mapUrl()));
    }

    public SaoProfile profile() {
        return profile;
    }

    /** Names the facts residents will not see until the SAO sets them. */
    @EventListener(ApplicationReadyEvent.class)
    void warnAboutMissingFacts() {
        List<String> missing = new ArrayList<>();
        if (profile.address().isEmpty()) missing.add("TAMBONDESK_SAO_ADDRESS");
        if (profile.phone().isEmpty()) missing.add("TAMBONDESK_SAO_PHONE");
        if (profile.officeHours().isEmpty()) missing.add("TAMBONDESK_SAO_OFFICE_HOURS");
        if (profile.lineId().isEmpty()) missing.add("TAMBONDESK_SAO_LINE_ID");
        if (!missing.isEmpty()) {
            log.warn("SAO facts not configured, residents will not be shown them until set: {}", missing);
        }
    }

    private static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
