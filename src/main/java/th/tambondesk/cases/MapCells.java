package th.tambondesk.cases;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Places on a grid of 0.001 degree cells (about 110 m here), so "open cases within r metres" is an indexed lookup of
 * a few cells on H2 and PostgreSQL alike, followed by the exact distance of the few cases found.
 */
final class MapCells {

    private static final double CELLS_PER_DEGREE = 1000;
    private static final long ROW = 1_000_000;
    private static final double EARTH_RADIUS_METRES = 6_371_000;
    private static final double METRES_PER_DEGREE = Math.PI * EARTH_RADIUS_METRES / 180;

    private MapCells() {
    }

    /** The cell of a place, or null without coordinates. The same formula as migration V25. */
    static @Nullable Long of(@Nullable Double latitude, @Nullable Double longitude) {
        if (latitude == null || longitude == null) {
            return null;
        }
        return row(latitude) * ROW + column(longitude);
    }

    /** Every cell that a circle of {@code metres} around the place touches. */
    static List<Long> around(double latitude, double longitude, int metres) {
        double dLat = metres / METRES_PER_DEGREE;
        double dLon = metres / (METRES_PER_DEGREE * Math.max(0.01, Math.cos(Math.toRadians(latitude))));
        List<Long> cells = new ArrayList<>();
        for (long row = row(latitude - dLat); row <= row(latitude + dLat); row++) {
            for (long column = column(longitude - dLon); column <= column(longitude + dLon); column++) {
                cells.add(row * ROW + column);
            }
        }
        return cells;
    }

    /** Great-circle distance in metres (haversine). */
    static double distance(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    private static long row(double latitude) {
        return (long) Math.floor((latitude + 90) * CELLS_PER_DEGREE);
    }

    private static long column(double longitude) {
        return (long) Math.floor((longitude + 180) * CELLS_PER_DEGREE);
    }
}
