package th.tambondesk.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * PDPA: the personal data of cases closed longer ago than {@code tambondesk.cases.personal-data-retention} is
 * deleted every night: name, phone, place, what the resident wrote and their photos. What the statistics count
 * stays.
 */
@Component
class PersonalDataPurge {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataPurge.class);
    static final String REMOVED = "(ลบแล้วตามนโยบายคุ้มครองข้อมูลส่วนบุคคล)";

    private final ServiceCases cases;
    private final CaseAttachments attachments;
    private final CaseFollowers followers;
    private final CasesProperties properties;
    private final Clock clock;

    PersonalDataPurge(ServiceCases cases, CaseAttachments attachments, CaseFollowers followers,
                      CasesProperties properties, Clock clock) {
        this.cases = cases;
        this.attachments = attachments;
        this.followers = followers;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${tambondesk.cases.purge-cron:0 23 2 * * *}", zone = "Asia/Bangkok")
    @Transactional
    public int purge() {
        Instant before = clock.instant().minus(properties.personalDataRetention());
        Specification<ServiceCase> due = (root, query, cb) -> cb.and(
                cb.lessThan(root.get("closedAt"), before),
                cb.or(cb.isNotNull(root.get("phone")), cb.isNotNull(root.get("residentKey")),
                        cb.isNotNull(root.get("place")), cb.isNotNull(root.get("contactName"))));
        List<ServiceCase> old = cases.findAll(due);
        for (ServiceCase c : old) {
            c.forgetPersonalData(REMOVED);
            attachments.deleteByCaseId(c.id());
            followers.ofCase(c.id()).forEach(CaseFollower::forget);
        }
        if (!old.isEmpty()) {
            log.info("Deleted the personal data of {} cases closed before {}", old.size(), before);
        }
        return old.size();
    }
}
