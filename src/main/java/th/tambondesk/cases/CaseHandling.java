package th.tambondesk.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tambondesk.common.ThaiDates;

/**
 * What staff do with cases in the inbox: find, read, change status, reply, note, assign. Every method takes the
 * {@link StaffViewer} and refuses cases of other divisions, whoever calls it. Status changes and replies are
 * published so the resident's channel can tell them.
 */
@Service
public class CaseHandling {

    public static final int PAGE_SIZE = 25;

    private final ServiceCases cases;
    private final CaseAttachments attachments;
    private final CaseEvents events;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    CaseHandling(ServiceCases cases, CaseAttachments attachments, CaseEvents events, ApplicationEventPublisher publisher,
                 Clock clock) {
        this.cases = cases;
        this.attachments = attachments;
        this.events = events;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<CaseRow> search(CaseFilter filter, StaffViewer viewer, int page) {
        LocalDate today = today();
        return cases.findAll(CaseSearch.of(filter, viewer, today),
                        PageRequest.of(Math.max(0, page), PAGE_SIZE, Sort.by("dueDate", "id")))
                .map(c -> new CaseRow(c.id(), c.trackingCode(), c.serviceName(), c.divisionCode(), c.status(),
                        c.channel(), c.createdAt(), c.dueDate(), c.overdue(today), c.assignee(), c.kindName()));
    }

    @Transactional(readOnly = true)
    public Map<CaseStatus, Long> countsByStatus(StaffViewer viewer) {
        Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
        for (CaseStatus status : CaseStatus.values()) {
            counts.put(status, 0L);
        }
        for (Object[] row : cases.countByStatus(viewer.allDivisions() ? null : viewer.division())) {
            counts.put((CaseStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    @Transactional(readOnly = true)
    public StaffCaseView detail(long id, StaffViewer viewer) {
        ServiceCase c = visible(id, viewer);
        return new StaffCaseView(c.id(), c.trackingCode(), c.serviceCode(), c.serviceName(), c.kindName(),
                c.divisionCode(), c.channel(), c.status(), c.createdAt(), c.dueDate(), c.closedAt(), c.overdue(today()),
                c.assignee(), c.contactName(), c.phone(), c.details(), c.latitude(), c.longitude(), c.place(),
                attachments.listOf(c.id()), events.findByCaseIdOrderById(c.id()).stream().map(CaseEvent::staffView)
                .toList(), c.rating(), c.ratingComment(), c.residentChannel(),
                c.linkCodeValid(clock.instant()) ? c.linkCode() : null);
    }

    @Transactional(readOnly = true)
    public Optional<OpenCase.Photo> photo(long caseId, long photoId, StaffViewer viewer) {
        visible(caseId, viewer);
        return attachments.findById(photoId)
                .filter(a -> a.caseId() == caseId)
                .map(a -> new OpenCase.Photo(a.content(), a.contentType()));
    }

    /** Changes the status; {@code note} is the reason residents are told (required to refuse or forward). */
    @Transactional
    public void changeStatus(long id, CaseStatus to, String note, StaffViewer viewer) {
        ServiceCase c = visible(id, viewer);
        if ((to == CaseStatus.REJECTED || to == CaseStatus.FORWARDED) && (note == null || note.isBlank())) {
            throw new IllegalArgumentException("a reason is required");
        }
        if (to == c.status() && (note == null || note.isBlank())) {
            return;
        }
        Instant now = clock.instant();
        c.changeStatus(to, now);
        CaseEvent event = events.save(new CaseEvent(c.id(), CaseEvent.STATUS, to, blankToNull(note),
                viewer.displayName(), true, now));
        publisher.publishEvent(new CaseStatusChanged(c.id(), event.id(), c.trackingCode(), c.serviceName(),
                c.residentChannel(), c.residentKey(), to, blankToNull(note), now));
        publisher.publishEvent(new CaseCountsChanged(c.id(), c.createdAt()));
    }

    @Transactional
    public void reply(long id, String text, StaffViewer viewer) {
        ServiceCase c = visible(id, viewer);
        Instant now = clock.instant();
        CaseEvent event = events.save(new CaseEvent(c.id(), CaseEvent.REPLY, null, text.strip(), viewer.displayName(),
                true, now));
        publisher.publishEvent(new StaffReplied(c.id(), event.id(), c.trackingCode(), c.serviceName(),
                c.residentChannel(), c.residentKey(), text.strip(), now));
    }

    /** An internal note: staff see it, the resident never does. */
    @Transactional
    public void note(long id, String text, StaffViewer viewer) {
        ServiceCase c = visible(id, viewer);
        events.save(new CaseEvent(c.id(), CaseEvent.NOTE, null, text.strip(), viewer.displayName(), false,
                clock.instant()));
    }

    /** Hands the case to a division and, optionally, a person of it. */
    @Transactional
    public void assign(long id, String division, String assignee, StaffViewer viewer) {
        ServiceCase c = visible(id, viewer);
        c.assign(division, blankToNull(assignee));
        events.save(new CaseEvent(c.id(), CaseEvent.ASSIGN, null,
                division + (assignee == null || assignee.isBlank() ? "" : " / " + assignee), viewer.displayName(),
                false, clock.instant()));
    }

    /** A photo staff took when the work was done. */
    @Transactional
    public void addAfterPhoto(long id, byte[] bytes, String contentType, StaffViewer viewer) {
        ServiceCase c = visible(id, viewer);
        attachments.save(new CaseAttachment(c.id(), CaseAttachment.AFTER, contentType, bytes, clock.instant()));
    }

    private ServiceCase visible(long id, StaffViewer viewer) {
        return cases.findById(id).filter(c -> viewer.maySee(c.divisionCode())).orElseThrow(CaseAccessDenied::new);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ThaiDates.ZONE);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
