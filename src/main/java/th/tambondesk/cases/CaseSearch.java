package th.tambondesk.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

import th.tambondesk.common.ThaiDates;

/** Turns an inbox filter into a query, always limited to what the viewer may see. */
final class CaseSearch {

    private CaseSearch() {
    }

    static Specification<ServiceCase> of(CaseFilter filter, StaffViewer viewer, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (!viewer.allDivisions()) {
                where.add(cb.equal(root.get("divisionCode"), viewer.division()));
            }
            switch (filter.view() == null ? CaseFilter.View.ALL : filter.view()) {
                case NEW -> where.add(root.get("status").in(CaseStatus.NEW, CaseStatus.REOPENED));
                case MINE -> where.add(cb.equal(root.get("assignee"), viewer.username()));
                case DIVISION -> {
                    if (viewer.division() != null) {
                        where.add(cb.equal(root.get("divisionCode"), viewer.division()));
                    }
                }
                case OVERDUE -> {
                    where.add(root.get("status").in(CaseStatus.OPEN));
                    where.add(cb.lessThan(root.get("dueDate"), today));
                }
                case ALL -> {
                }
            }
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.service() != null && !filter.service().isBlank()) {
                where.add(cb.equal(root.get("serviceCode"), filter.service()));
            }
            if (filter.channel() != null) {
                where.add(cb.equal(root.get("channel"), filter.channel()));
            }
            if (filter.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("createdAt"),
                        filter.from().atStartOfDay(ThaiDates.ZONE).toInstant()));
            }
            if (filter.to() != null) {
                where.add(cb.lessThan(root.get("createdAt"),
                        filter.to().plusDays(1).atStartOfDay(ThaiDates.ZONE).toInstant()));
            }
            String q = filter.query() == null ? "" : filter.query().strip();
            if (!q.isEmpty()) {
                String code = TrackingCodes.normalize(q);
                String digits = q.replaceAll("[^0-9]", "");
                if (code != null && q.length() <= 12) {
                    where.add(cb.equal(root.get("trackingCode"), code));
                } else if (digits.length() >= 9 && digits.length() == q.replaceAll("[\\s\\-]", "").length()) {
                    where.add(cb.like(root.get("phone"), "%" + digits + "%"));
                } else {
                    String like = "%" + q.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
                    where.add(cb.or(
                            cb.like(cb.lower(root.get("serviceName")), like),
                            cb.like(cb.lower(root.get("place")), like),
                            cb.like(cb.lower(root.get("contactName")), like),
                            cb.like(cb.lower(root.get("details").as(String.class)), like)));
                }
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
