package th.tambondesk.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
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
    private final CaseFollowers followers;
    private final Cases residentCases;
    private final th.tambondesk.catalog.Catalog catalog;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    CaseHandling(ServiceCases cases, CaseAttachments attachments, CaseEvents events, CaseFollowers followers,
                 Cases residentCases, th.tambondesk.catalog.Catalog catalog, ApplicationEventPublisher publisher,
                 Clock clock) {
        this.cases = cases;
        this.attachments = attachments;
        this.events = events;
        this.followers = followers;
        this.residentCases = residentCases;
        this.catalog = catalog;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<CaseRow> search(CaseFilter filter, StaffViewer viewer, int page) {
        LocalDate today = today();
        return cases.findAll(CaseSearch.of(filter, viewer, today),
                        PageRequest.of(Math.max(0, page), PAGE_SIZE, Sort.by("dueDate", "id")))
                .map(c -> new CaseRow(c.id(), c.trackingCode(), c.serviceName(), c.divisionCode(), c.status(),
                        c.channel(), c.createdAt(), c.dueDate(), c.overdue(today), c.assignee(), c.kindName(),
                        c.reporters(), c.reopened()));
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
                c.linkCodeValid(clock.instant()) ? c.linkCode() : null, c.reporters(), c.reopened(),
                c.mergedInto() == null ? null : cases.findById(c.mergedInto()).map(ServiceCase::trackingCode)
                        .orElse(null), c.mergedInto(), nearby(c, viewer));
    }

    /** Open cases of the same service near this one that the viewer may merge it with. */
    private List<NearbyCase> nearby(ServiceCase c, StaffViewer viewer) {
        if (c.status().closed() || c.latitude() == null || c.longitude() == null) {
            return List.of();
        }
        int radius = catalog.service(c.serviceCode()).map(s -> s.nearbyRadiusMetres()).filter(r -> r > 0)
                .orElse(th.tambondesk.catalog.ServiceView.DEFAULT_COMPLAINT_RADIUS);
        return residentCases.near(c.serviceCode(), c.latitude(), c.longitude(), radius, c.id()).stream()
                .filter(n -> cases.findById(n.caseId()).filter(other -> viewer.maySee(other.divisionCode()))
                        .isPresent())
                .limit(5)
                .toList();
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
        if (!to.setByStaff()) {
            throw new IllegalArgumentException(to + " is not set by staff");
        }
        if ((to == CaseStatus.REJECTED || to == CaseStatus.FORWARDED) && (note == null || note.isBlank())) {
            throw new IllegalArgumentException("a reason is required");
        }
        if (to == c.status() && (note == null || note.isBlank())) {
            return;
        }
        Instant now = clock.instant();
        c.changeStatus(to, now);
        CaseEvent event = events.save(new CaseEvent(c.id(), CaseEvent.Kind.STATUS, to, blankToNull(note),
                viewer.displayName(), true, now));
        publisher.publishEvent(new CaseStatusChanged(c.id(), event.id(), c.trackingCode(), c.serviceName(),
                c.residentChannel(), c.residentKey(), to, blankToNull(note), now, followersOf(c.id())));
        publisher.publishEvent(new CaseCountsChanged(c.id(), c.createdAt()));
    }

    /**
     * Merges an open case into another open case of the same thing (staff found a duplicate): its requester and
     * followers follow the other case from now on and are told so; it closes as {@link CaseStatus#MERGED}.
     *
     * @throws IllegalArgumentException when either is closed or they are the same case
     */
    @Transactional
    public void merge(long id, long intoId, StaffViewer viewer) {
        ServiceCase from = visible(id, viewer);
        ServiceCase into = visible(intoId, viewer);
        if (from.id().equals(into.id()) || from.status().closed() || into.status().closed()) {
            throw new IllegalArgumentException("only two different open cases can be merged");
        }
        Instant now = clock.instant();
        List<Requester> told = followersOf(from.id());
        for (CaseFollower follower : followers.ofCase(from.id())) {
            Requester requester = follower.requester();
            if (requester != null && follows(into, requester)) {
                followers.delete(follower);
            } else {
                follower.moveTo(into.id());
            }
        }
        from.requester().ifPresent(requester -> {
            if (!follows(into, requester)) {
                followers.save(new CaseFollower(into.id(), requester, now));
            }
        });
        from.mergeInto(into, now);
        CaseEvent event = events.save(new CaseEvent(from.id(), CaseEvent.Kind.STATUS, CaseStatus.MERGED,
                into.trackingCode(), viewer.displayName(), true, now));
        events.save(new CaseEvent(into.id(), CaseEvent.Kind.MERGED_IN, null, from.trackingCode(), viewer.displayName(),
                false, now));
        publisher.publishEvent(new CaseStatusChanged(from.id(), event.id(), from.trackingCode(), from.serviceName(),
                from.residentChannel(), from.residentKey(), CaseStatus.MERGED, into.trackingCode(), now, told));
        publisher.publishEvent(new CaseCountsChanged(from.id(), from.createdAt()));
    }

    /** The open case with this tracking code, if the viewer may see it: what staff type to merge into. */
    @Transactional(readOnly = true)
    public Optional<Long> idOf(String trackingCode, StaffViewer viewer) {
        return Optional.ofNullable(TrackingCodes.normalize(trackingCode)).flatMap(cases::findByTrackingCode)
                .filter(c -> viewer.maySee(c.divisionCode())).map(ServiceCase::id);
    }

    private boolean follows(ServiceCase c, Requester requester) {
        return c.belongsTo(requester.channel(), requester.key())
                || followers.follows(c.id(), requester.channel(), requester.key());
    }

    private List<Requester> followersOf(long caseId) {
        return followers.ofCase(caseId).stream().map(CaseFollower::requester).filter(java.util.Objects::nonNull)
                .toList();
    }

    @Transactional
    public void reply(long id, String text, StaffViewer viewer) {
        ServiceCase c = visible(id, viewer);
        Instant now = clock.instant();
        CaseEvent event = events.save(new CaseEvent(c.id(), CaseEvent.Kind.REPLY, null, text.strip(), viewer.displayName(),
                true, now));
        publisher.publishEvent(new StaffReplied(c.id(), event.id(), c.trackingCode(), c.serviceName(),
                c.residentChannel(), c.residentKey(), text.strip(), now));
    }

    /** An internal note: staff see it, the resident never does. */
    @Transactional
    public void note(long id, String text, StaffViewer viewer) {
        ServiceCase c = visible(id, viewer);
        events.save(new CaseEvent(c.id(), CaseEvent.Kind.NOTE, null, text.strip(), viewer.displayName(), false,
                clock.instant()));
    }

    /** Hands the case to a division and, optionally, a person of it. */
    @Transactional
    public void assign(long id, String division, String assignee, StaffViewer viewer) {
        ServiceCase c = visible(id, viewer);
        c.assign(division, blankToNull(assignee));
        events.save(new CaseEvent(c.id(), CaseEvent.Kind.ASSIGN, null,
                division + (assignee == null || assignee.isBlank() ? "" : " / " + assignee), viewer.displayName(),
                false, clock.instant()));
    }

    /** A photo staff took when the work was done. */
    @Transactional
    public void addAfterPhoto(long id, byte[] bytes, String contentType, StaffViewer viewer) {
        ServiceCase c = visible(id, viewer);
        attachments.save(new CaseAttachment(c.id(), CaseAttachment.Kind.AFTER, contentType, bytes, clock.instant()));
    }

    private ServiceCase visible(long id, StaffViewer viewer) {
        return cases.findById(id).filter(c -> viewer.maySee(c.divisionCode())).orElseThrow(CaseAccessDenied::new);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ThaiDates.ZONE);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
