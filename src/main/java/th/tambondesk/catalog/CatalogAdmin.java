package th.tambondesk.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's edits of the catalogue: services, categories, FAQ and holidays. Checked like the catalogue file, so
 * an edit cannot break the chat; the chat's copy of the catalogue is read again when an edit commits, so changes
 * show at once.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class CatalogAdmin {


    private final EServices services;
    private final Categories categories;
    private final Divisions divisions;
    private final FaqEntries faq;
    private final Holidays holidays;
    private final CatalogSnapshots snapshots;

    CatalogAdmin(EServices services, Categories categories, Divisions divisions, FaqEntries faq, Holidays holidays,
                 CatalogSnapshots snapshots) {
        this.services = services;
        this.categories = categories;
        this.divisions = divisions;
        this.faq = faq;
        this.holidays = holidays;
        this.snapshots = snapshots;
    }

    /** A mistake in an edit, in words for the admin (message key and argument). */
    public static class Invalid extends RuntimeException {
        private final String key;
        private final String detail;

        Invalid(String key, String detail) {
            super(key + " " + detail, null, false, false);
            this.key = key;
            this.detail = detail;
        }

        public String key() {
            return key;
        }

        public String detail() {
            return detail;
        }
    }

    // --- services -------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<ServiceEdit> services() {
        return services.findAll().stream()
                .sorted(Comparator.comparing(EService::position))
                .map(EService::edit)
                .toList();
    }

    @Transactional(readOnly = true)
    public ServiceEdit service(String code) {
        return services.findById(code).map(EService::edit).orElseThrow(() -> new Invalid("admin.invalid.no-service", code));
    }

    @Transactional
    public void saveService(ServiceEdit edit) {
        check(edit);
        EService existing = services.findById(edit.code()).orElse(null);
        if (existing == null) {
            int position = services.findAll().stream().mapToInt(EService::position).max().orElse(0) + 1;
            services.save(new EService(edit.code(), edit.categoryCode(), edit.divisionCode(), edit.name(),
                    edit.description(), edit.whoMayAsk(), edit.documents(), edit.steps(), edit.fields(),
                    edit.keywords(), edit.standardTime(), position, edit.kind(), edit.fee(), edit.feeVerified(),
                    edit.complaintChannel(), edit.nearbyRadius(), edit.needsDocuments()));
        } else {
            existing.update(edit);
        }
        snapshots.changed();
    }

    private void check(ServiceEdit edit) {
        if (!categories.existsById(edit.categoryCode())) {
            throw new Invalid("admin.invalid.category", edit.categoryCode());
        }
        List<ServiceRules.Broken> broken = ServiceRules.check(edit, divisions::existsById);
        if (!broken.isEmpty()) {
            throw new Invalid(broken.get(0).key(), broken.get(0).value());
        }
    }

    /** Text the chat puts on a button must fit LINE's 20 characters. */
    private void fits(String label) {
        if (!Labels.fits(label)) {
            throw new Invalid("admin.invalid.label", label);
        }
    }

    // --- categories and divisions ---------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<CategoryView> allCategories() {
        return categories.findAllByOrderByPosition().stream()
                .map(c -> new CategoryView(c.code(), c.name(), 0))
                .toList();
    }

    @Transactional
    public void saveCategory(String code, String name) {
        if (code == null || !ServiceRules.CODE.matcher(code).matches()) {
            throw new Invalid("admin.invalid.code", String.valueOf(code));
        }
        if (blank(name)) {
            throw new Invalid("admin.invalid.required", code);
        }
        fits(name.strip());
        categories.findById(code).ifPresentOrElse(c -> c.rename(name.strip()), () -> categories.save(
                new ServiceCategory(code, name.strip(), categories.findAll().size())));
        snapshots.changed();
    }

    @Transactional
    public void saveDivision(String code, String name, String duties) {
        Division division = divisions.findById(code).orElseThrow(() -> new Invalid("admin.invalid.division", code));
        if (blank(name) || blank(duties)) {
            throw new Invalid("admin.invalid.required", code);
        }
        division.update(name.strip(), duties.strip());
        snapshots.changed();
    }

    // --- FAQ ------------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<FaqEdit> faq() {
        return faq.findAll().stream().map(FaqEntry::edit).toList();
    }

    @Transactional
    public void saveFaq(FaqEdit edit) {
        if (edit.code() == null || !ServiceRules.CODE.matcher(edit.code()).matches()) {
            throw new Invalid("admin.invalid.code", String.valueOf(edit.code()));
        }
        if (blank(edit.question()) || blank(edit.answer())) {
            throw new Invalid("admin.invalid.required", edit.code());
        }
        fits(edit.question().strip());
        faq.findById(edit.code()).ifPresentOrElse(f -> f.update(edit), () -> faq.save(new FaqEntry(edit.code(),
                edit.question(), edit.answer(), edit.requires(), edit.keywords(), (int) faq.count(), edit.verified())));
        snapshots.changed();
    }

    // --- holidays -------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<HolidayView> holidays() {
        List<HolidayView> all = new ArrayList<>();
        holidays.findAll().forEach(h -> all.add(h.view()));
        all.sort(Comparator.comparing(HolidayView::date));
        return all;
    }

    @Transactional
    public void addHoliday(LocalDate date, String name) {
        if (date == null || blank(name)) {
            throw new Invalid("admin.invalid.required", String.valueOf(date));
        }
        holidays.save(new Holiday(date, name.strip(), true));
    }

    @Transactional
    public void removeHoliday(LocalDate date) {
        holidays.deleteById(date);
    }

    @Transactional
    public void confirmHoliday(LocalDate date) {
        holidays.findById(date).ifPresent(Holiday::confirm);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static @Nullable String normalizeCode(@Nullable String code) {
        return code == null ? null : code.strip().toLowerCase(Locale.ROOT);
    }
}
