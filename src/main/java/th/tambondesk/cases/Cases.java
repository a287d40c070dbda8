package th.tambondesk.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tambondesk.catalog.Catalog;
import th.tambondesk.catalog.DivisionView;
import th.tambondesk.catalog.ServiceView;
import th.tambondesk.catalog.WorkingDays;
import th.tambondesk.common.ThaiDates;

/**
 * Opens cases and shows residents their own. A case gets a tracking code, the service's division and a due date
 * counted in working days from the service's standard time.
 */
@Service
public class Cases {

    private final ServiceCases cases;
    private final CaseAttachments attachments;
    private final CaseEvents events;
    private final Catalog catalog;
    private final WorkingDays workingDays;
    private final CasesProperties properties;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    Cases(ServiceCases cases, CaseAttachments attachments, CaseEvents events, Catalog catalog, WorkingDays workingDays,
          CasesProperties properties, ApplicationEventPublisher publisher, Clock clock) {
        this.cases = cases;
        this.attachments = attachments;
        this.events = events;
        this.catalog = catalog;
        this.workingDays = workingDays;
        this.properties = properties;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Opens a case, or returns the one already opened with the same idempotency key. */
    @Transactional
    public CaseView open(OpenCase command) {
        Optional<ServiceCase> existing = cases.findByIdempotencyKey(command.idempotencyKey());
        if (existing.isPresent()) {
            return view(existing.get());
        }
        ServiceView service = catalog.service(command.serviceCode())
                .orElseThrow(() -> new IllegalArgumentException("no service " + command.serviceCode()));
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ThaiDates.ZONE);
        int days = service.standardTime().known() ? service.standardTime().days() : properties.defaultWorkingDays();
        ServiceCase opened = cases.save(new ServiceCase(uniqueCode(today), command, service.name(), service.kind(),
                service.division().code(), now, workingDays.add(today, days)));
        for (OpenCase.Photo photo : command.photos()) {
            attachments.save(new CaseAttachment(opened.id(), CaseAttachment.RESIDENT, photo.contentType(),
                    photo.bytes(), now));
        }
        events.save(new CaseEvent(opened.id(), CaseEvent.OPENED, CaseStatus.NEW, null, null, true, now));
        publisher.publishEvent(new CaseOpened(opened.id(), opened.trackingCode(), opened.serviceCode(),
                opened.divisionCode(), opened.channel(), opened.residentPseudonym(), now));
        publisher.publishEvent(new CaseCountsChanged(opened.id(), now));
        return view(opened);
    }

    /** The resident's latest cases, newest first. */
    @Transactional(readOnly = true)
    public List<CaseView> ofResident(CaseChannel channel, String key) {
        return cases.newestOfResident(channel, key, Limit.of(10)).stream()
                .map(this::view)
                .toList();
    }

    /** One case, only if it belongs to the resident. Accepts the code as residents type it. */
    @Transactional(readOnly = true)
    public Optional<CaseView> ofResident(CaseChannel channel, String key, String trackingCode) {
        String code = TrackingCodes.normalize(trackingCode);
        if (code == null) {
            return Optional.empty();
        }
        return cases.findByTrackingCode(code)
                .filter(c -> c.belongsTo(channel, key))
                .map(this::view);
    }

    @Transactional(readOnly = true)
    public long countOfResident(CaseChannel channel, String key) {
        return cases.countByResidentChannelAndResidentKey(channel, key);
    }

    /**
     * Opens a case staff took at the counter or by phone, with a one-time code that links it to the resident's LINE
     * when they send it (valid 30 days).
     */
    @Transactional
    public CaseView openWalkIn(OpenCase command) {
        if (command.channel() != CaseChannel.WALK_IN && command.channel() != CaseChannel.PHONE) {
            throw new IllegalArgumentException("walk-in cases come at the counter or by phone");
        }
        CaseView view = open(command);
        ServiceCase opened = cases.findByTrackingCode(view.trackingCode()).orElseThrow();
        if (opened.linkCode() == null && opened.residentKey() == null) {
            opened.offerLink(LinkCodes.next(), clock.instant().plus(java.time.Duration.ofDays(30)));
        }
        return view;
    }

    /** The one-time code of a walk-in case, to print on its receipt. */
    @Transactional(readOnly = true)
    public Optional<String> linkCode(String trackingCode) {
        return cases.findByTrackingCode(trackingCode).filter(c -> c.linkCodeValid(clock.instant()))
                .map(ServiceCase::linkCode);
    }

    /** Links the case of a one-time code to the resident who sent it; the code cannot be used again. */
    @Transactional
    public Optional<CaseView> link(String typedCode, Requester requester) {
        String code = LinkCodes.normalize(typedCode);
        if (code == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return cases.findByLinkCode(code).filter(c -> c.linkCodeValid(now)).map(c -> {
            c.linkTo(requester);
            events.save(new CaseEvent(c.id(), CaseEvent.LINKED, null, null, null, false, now));
            return view(c);
        });
    }

    /** The resident's rating of 1 to 5 for a finished case of theirs. False when it is not theirs or not finished. */
    @Transactional
    public boolean rate(CaseChannel channel, String key, String trackingCode, int rating) {
        if (rating < 1 || rating > 5) {
            return false;
        }
        Optional<ServiceCase> found = cases.findByTrackingCode(trackingCode)
                .filter(c -> c.belongsTo(channel, key) && c.status() == CaseStatus.DONE);
        found.ifPresent(c -> {
            c.rate(rating, clock.instant());
            events.save(new CaseEvent(c.id(), CaseEvent.RATING, null, "⭐ " + rating, null, false, clock.instant()));
            publisher.publishEvent(new CaseCountsChanged(c.id(), c.createdAt()));
        });
        return found.isPresent();
    }

    @Transactional
    public boolean comment(CaseChannel channel, String key, String trackingCode, String comment) {
        Optional<ServiceCase> found = cases.findByTrackingCode(trackingCode)
                .filter(c -> c.belongsTo(channel, key) && c.rating() != null);
        found.ifPresent(c -> c.comment(comment.length() > 1000 ? comment.substring(0, 1000) : comment));
        return found.isPresent();
    }

    /** Whether the text is shaped like a tracking code. */
    public static boolean looksLikeTrackingCode(String text) {
        return text != null && text.strip().length() <= 12 && TrackingCodes.normalize(text) != null;
    }

    private String uniqueCode(LocalDate today) {
        for (int attempt = 0; attempt < 20; attempt++) {
            String code = TrackingCodes.next(today);
            if (!cases.existsByTrackingCode(code)) {
                return code;
            }
        }
        throw new IllegalStateException("no free tracking code after 20 attempts");
    }

    private CaseView view(ServiceCase c) {
        String division = catalog.division(c.divisionCode()).map(DivisionView::name).orElse(c.divisionCode());
        List<CaseView.TimelineEntry> timeline = events.findByCaseIdAndVisibleToResidentTrueOrderById(c.id()).stream()
                .map(CaseEvent::view)
                .toList();
        int photos = (int) attachments.countByCaseIdAndKind(c.id(), CaseAttachment.RESIDENT);
        return new CaseView(c.trackingCode(), c.serviceCode(), c.serviceName(), division, c.status(), c.createdAt(), c.dueDate(),
                c.closedAt(), c.details(), photos, timeline);
    }
}
