package th.tambondesk.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
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
    private final CaseFollowers followers;
    private final Catalog catalog;
    private final WorkingDays workingDays;
    private final CasesProperties properties;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final LinkAttempts linkAttempts;

    Cases(ServiceCases cases, CaseAttachments attachments, CaseEvents events, CaseFollowers followers, Catalog catalog,
          WorkingDays workingDays, CasesProperties properties, ApplicationEventPublisher publisher, Clock clock,
          LinkAttempts linkAttempts) {
        this.cases = cases;
        this.attachments = attachments;
        this.events = events;
        this.followers = followers;
        this.catalog = catalog;
        this.workingDays = workingDays;
        this.properties = properties;
        this.publisher = publisher;
        this.clock = clock;
        this.linkAttempts = linkAttempts;
    }

    /** Opens a case, or returns the one already opened with the same idempotency key. */
    @Transactional
    public CaseView open(OpenCase command) {
        Optional<ServiceCase> existing = cases.findByIdempotencyKey(command.idempotencyKey());
        if (existing.isPresent()) {
            return view(existing.get(), false);
        }
        ServiceView service = catalog.service(command.serviceCode())
                .orElseThrow(() -> new IllegalArgumentException("no service " + command.serviceCode()));
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ThaiDates.ZONE);
        int days = service.standardTime().daysOr(properties.defaultWorkingDays());
        ServiceCase opened = cases.save(new ServiceCase(uniqueCode(today), command, service.name(), service.kind(),
                service.division().code(), now, workingDays.add(today, days)));
        for (OpenCase.Photo photo : command.photos()) {
            attachments.save(new CaseAttachment(opened.id(), CaseAttachment.Kind.RESIDENT, photo.contentType(),
                    photo.bytes(), now));
        }
        events.save(new CaseEvent(opened.id(), CaseEvent.Kind.OPENED, CaseStatus.NEW, null, null, true, now));
        publisher.publishEvent(new CaseCountsChanged(opened.id(), now));
        return view(opened, false);
    }

    /** The resident's latest cases, those they reported and those they joined, newest first. */
    @Transactional(readOnly = true)
    public List<CaseView> ofResident(CaseChannel channel, String key) {
        List<ServiceCase> own = cases.newestOfResident(channel, key, Limit.of(10));
        List<ServiceCase> joined = cases.findAllById(followers.casesFollowedBy(channel, key));
        return java.util.stream.Stream.concat(own.stream(), joined.stream())
                .sorted(java.util.Comparator.comparing(ServiceCase::createdAt).reversed())
                .limit(10)
                .map(c -> view(c, !c.belongsTo(channel, key)))
                .toList();
    }

    /** One case, only if the resident reported or joined it. Accepts the code as residents type it. */
    @Transactional(readOnly = true)
    public Optional<CaseView> ofResident(CaseChannel channel, String key, String trackingCode) {
        return mine(channel, key, trackingCode).map(c -> view(c, !c.belongsTo(channel, key)));
    }

    @Transactional(readOnly = true)
    public long countOfResident(CaseChannel channel, String key) {
        return cases.countByResidentChannelAndResidentKey(channel, key)
                + followers.casesFollowedBy(channel, key).size();
    }

    /** When the resident opened their own cases since an instant, oldest first: for a limit per resident. */
    @Transactional(readOnly = true)
    public List<Instant> openedSince(CaseChannel channel, String key, Instant since) {
        return cases.openedSince(channel, key, since);
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

    /**
     * Links the case of a one-time code to the resident who sent it; the code cannot be used again. A resident who
     * typed {@link LinkAttempts#TRIES} wrong codes within the hour is refused until it is over.
     */
    @Transactional
    public LinkResult link(String typedCode, Requester requester) {
        if (!linkAttempts.allowed(requester)) {
            return LinkResult.TOO_MANY_TRIES;
        }
        String code = LinkCodes.normalize(typedCode);
        Instant now = clock.instant();
        Optional<ServiceCase> found = code == null ? Optional.empty()
                : cases.findByLinkCode(code).filter(c -> c.linkCodeValid(now));
        if (found.isEmpty()) {
            linkAttempts.failed(requester);
            return LinkResult.UNKNOWN;
        }
        ServiceCase c = found.get();
        c.linkTo(requester);
        events.save(new CaseEvent(c.id(), CaseEvent.Kind.LINKED, null, null, null, false, now));
        return LinkResult.linked(view(c, false));
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
            events.save(new CaseEvent(c.id(), CaseEvent.Kind.RATING, null, "⭐ " + rating, null, false, clock.instant()));
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

    // --- follow-through: duplicates nearby, reopening, withdrawing ------------------------------------------------

    /**
     * The nearest open case of the service within its radius ({@link ServiceView#nearbyRadiusMetres()}) of a place,
     * for a resident about to report it again. Empty when the service does not look or nothing is near.
     */
    @Transactional(readOnly = true)
    public Optional<NearbyCase> nearbyOpen(String serviceCode, double latitude, double longitude, Requester asking) {
        int radius = catalog.service(serviceCode).map(ServiceView::nearbyRadiusMetres).orElse(0);
        if (radius == 0) {
            return Optional.empty();
        }
        return near(serviceCode, latitude, longitude, radius, null).stream().findFirst()
                .map(n -> n.mine() || !involves(n.caseId(), asking) ? n
                        : new NearbyCase(n.caseId(), n.trackingCode(), n.serviceName(), n.metres(), n.reportedAt(),
                        n.status(), n.reporters(), true))
                .map(n -> n.mine() ? n : new NearbyCase(n.caseId(), null, n.serviceName(), n.metres(),
                        n.reportedAt(), n.status(), n.reporters(), false));
    }

    /** Open cases of the service within {@code radius} metres, nearest first, without {@code except}. */
    List<NearbyCase> near(String serviceCode, double latitude, double longitude, int radius, @Nullable Long except) {
        return cases.openInCells(serviceCode, MapCells.around(latitude, longitude, radius)).stream()
                .filter(c -> !c.id().equals(except) && c.latitude() != null && c.longitude() != null)
                .map(c -> new NearbyCase(c.id(), c.trackingCode(), c.serviceName(),
                        (int) Math.round(MapCells.distance(latitude, longitude, c.latitude(), c.longitude())),
                        c.createdAt(), c.status(), c.reporters(), false))
                .filter(n -> n.metres() <= radius)
                .sorted(java.util.Comparator.comparingInt(NearbyCase::metres))
                .toList();
    }

    /**
     * Adds a resident to an open case reported by someone else: they are told its status changes, their words and
     * photos go to staff. Empty when the case closed meanwhile; joining twice changes nothing.
     */
    @Transactional
    public Optional<CaseView> join(long caseId, Requester requester, String note, List<OpenCase.Photo> photos) {
        Optional<ServiceCase> found = cases.findById(caseId).filter(c -> !c.status().closed());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ServiceCase c = found.get();
        if (involves(c.id(), requester)) {
            return Optional.of(view(c, !c.belongsTo(requester.channel(), requester.key())));
        }
        Instant now = clock.instant();
        followers.save(new CaseFollower(c.id(), requester, now));
        c.addReporter();
        for (OpenCase.Photo photo : photos) {
            attachments.save(new CaseAttachment(c.id(), CaseAttachment.Kind.RESIDENT, photo.contentType(), photo.bytes(),
                    now));
        }
        events.save(new CaseEvent(c.id(), CaseEvent.Kind.JOINED, null, blankToNull(note), null, false, now));
        return Optional.of(view(c, true));
    }

    /** Whether the resident may say this finished case of theirs (reported or joined) is not fixed. */
    @Transactional(readOnly = true)
    public boolean mayReopen(CaseChannel channel, String key, String trackingCode) {
        return mine(channel, key, trackingCode).filter(this::reopenable).isPresent();
    }

    /**
     * The resident says a finished case is not fixed: it goes back to staff as {@link CaseStatus#REOPENED} with the
     * resident's words and photos, and counts as reopened. Empty when it is not theirs or no longer reopenable.
     */
    @Transactional
    public Optional<CaseView> reopen(CaseChannel channel, String key, String trackingCode, String note,
                                     List<OpenCase.Photo> photos) {
        Optional<ServiceCase> found = mine(channel, key, trackingCode).filter(this::reopenable);
        found.ifPresent(c -> {
            Instant now = clock.instant();
            c.reopen();
            for (OpenCase.Photo photo : photos) {
                attachments.save(new CaseAttachment(c.id(), CaseAttachment.Kind.RESIDENT, photo.contentType(),
                        photo.bytes(), now));
            }
            events.save(new CaseEvent(c.id(), CaseEvent.Kind.REOPENED, CaseStatus.REOPENED, limit(note), null, true, now));
            publisher.publishEvent(new CaseCountsChanged(c.id(), c.createdAt()));
        });
        return found.map(c -> view(c, !c.belongsTo(channel, key)));
    }

    /**
     * The resident withdraws an open case of theirs, with a reason staff see. When others joined it, it stays open
     * for them and only the resident leaves it. False when it is not theirs or already closed.
     */
    @Transactional
    public boolean cancel(CaseChannel channel, String key, String trackingCode, String reason) {
        Optional<ServiceCase> found = Optional.ofNullable(TrackingCodes.normalize(trackingCode))
                .flatMap(cases::findByTrackingCode)
                .filter(c -> c.belongsTo(channel, key) && !c.status().closed());
        found.ifPresent(c -> {
            Instant now = clock.instant();
            boolean othersFollow = followers.ofCase(c.id()).stream().anyMatch(f -> f.requester() != null);
            if (othersFollow) {
                c.withdrawRequester();
                events.save(new CaseEvent(c.id(), CaseEvent.Kind.WITHDRAWN, null, limit(reason), null, false, now));
            } else {
                c.changeStatus(CaseStatus.CANCELLED, now);
                events.save(new CaseEvent(c.id(), CaseEvent.Kind.STATUS, CaseStatus.CANCELLED, limit(reason), null, true,
                        now));
            }
            publisher.publishEvent(new CaseCountsChanged(c.id(), c.createdAt()));
        });
        return found.isPresent();
    }

    /** Whether the text is shaped like a tracking code. */
    public static boolean looksLikeTrackingCode(String text) {
        return text != null && text.strip().length() <= 12 && TrackingCodes.normalize(text) != null;
    }

    private Optional<ServiceCase> mine(CaseChannel channel, String key, String trackingCode) {
        String code = TrackingCodes.normalize(trackingCode);
        if (code == null || key == null) {
            return Optional.empty();
        }
        return cases.findByTrackingCode(code)
                .filter(c -> c.belongsTo(channel, key) || followers.follows(c.id(), channel, key));
    }

    private boolean involves(long caseId, Requester requester) {
        if (requester == null || requester.key() == null) {
            return false;
        }
        return cases.reportedBy(caseId, requester.channel(), requester.key())
                || followers.follows(caseId, requester.channel(), requester.key());
    }

    private boolean reopenable(ServiceCase c) {
        return c.status() == CaseStatus.DONE && c.closedAt() != null
                && c.closedAt().plus(properties.reopenWithin()).isAfter(clock.instant());
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

    /** {@code joined}: the viewer joined the case, and sees only what concerns everyone. */
    private CaseView view(ServiceCase c, boolean joined) {
        String division = catalog.division(c.divisionCode()).map(DivisionView::name).orElse(c.divisionCode());
        List<CaseView.TimelineEntry> timeline = events.findByCaseIdAndVisibleToResidentTrueOrderById(c.id()).stream()
                .filter(e -> !joined || e.status() != null)
                .map(CaseEvent::view)
                .toList();
        int photos = joined ? 0 : (int) attachments.countByCaseIdAndKind(c.id(), CaseAttachment.Kind.RESIDENT);
        return new CaseView(c.trackingCode(), c.serviceCode(), c.serviceName(), division, c.status(), c.createdAt(),
                c.dueDate(), c.closedAt(), joined ? List.of() : c.details(), photos, timeline, joined, c.reporters(),
                reopenable(c), !joined && !c.status().closed());
    }

    private static @Nullable String limit(@Nullable String text) {
        String value = blankToNull(text);
        return value == null || value.length() <= 1000 ? value : value.substring(0, 1000);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
