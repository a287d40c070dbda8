package th.tambondesk.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases for a public listing: only of the services the caller names, newest first, never personal data. One query,
 * whatever the number of cases.
 */
@Service
@Transactional(readOnly = true)
public class PublicCases {

    private final NamedParameterJdbcTemplate jdbc;
    private final DetailsConverter details = new DetailsConverter();

    PublicCases(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param services only cases of these services (required: what may be published)
     * @param codes    only these tracking codes, or empty for all
     * @param from     received at or after, or null
     * @param to       received before, or null
     * @param open     only open (true) or closed (false) cases, or null for both
     */
    public List<PublicCase> find(Collection<String> services, Collection<String> codes, @Nullable Instant from,
                                 @Nullable Instant to, @Nullable Boolean open, int limit) {
        if (services.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("""
                select c.tracking_code, c.service_code, c.service_name, c.division_code, c.status, c.created_at,
                       coalesce(c.closed_at, (select max(e.created_at) from case_event e where e.case_id = c.id))
                           as updated_at,
                       c.due_date, c.place, c.latitude, c.longitude, c.details, c.reporters, m.tracking_code as merged
                  from service_case c left join service_case m on m.id = c.merged_into
                 where c.service_code in (:services)
                """);
        MapSqlParameterSource params = new MapSqlParameterSource("services", services);
        if (!codes.isEmpty()) {
            sql.append(" and c.tracking_code in (:codes)");
            params.addValue("codes", codes);
        }
        if (from != null) {
            sql.append(" and c.created_at >= :from");
            params.addValue("from", Timestamp.from(from));
        }
        if (to != null) {
            sql.append(" and c.created_at < :to");
            params.addValue("to", Timestamp.from(to));
        }
        if (open != null) {
            sql.append(open ? " and c.status in (:statuses)" : " and c.status not in (:statuses)");
            params.addValue("statuses", CaseStatus.OPEN.stream().map(Enum::name).toList());
        }
        sql.append(" order by c.created_at desc, c.id desc fetch first :limit rows only");
        params.addValue("limit", limit);
        List<PublicCase> found = new ArrayList<>();
        jdbc.query(sql.toString(), params, rs -> {
            Timestamp updated = rs.getTimestamp("updated_at");
            double lat = rs.getDouble("latitude");
            boolean placed = !rs.wasNull();
            double lon = rs.getDouble("longitude");
            found.add(new PublicCase(rs.getString("tracking_code"), rs.getString("service_code"),
                    rs.getString("service_name"), rs.getString("division_code"),
                    CaseStatus.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
                    updated == null ? rs.getTimestamp("created_at").toInstant() : updated.toInstant(),
                    rs.getDate("due_date").toLocalDate(), rs.getString("place"), placed ? lat : null,
                    placed ? lon : null, details.convertToEntityAttribute(rs.getString("details")),
                    rs.getInt("reporters"), rs.getString("merged")));
        });
        return found;
    }
}
