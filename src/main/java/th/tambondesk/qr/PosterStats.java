package th.tambondesk.qr;

import java.util.List;

/**
 * How one poster is used.
 *
 * @param months          scans per month, the last twelve, oldest first (label in Thai, e.g. "พ.ย. 69")
 * @param devices         scans per kind of device
 * @param lineApp         scans made with LINE's own QR reader
 * @param afterRetirement scans since the poster was retired: it still hangs somewhere
 */
public record PosterStats(List<Count> months, List<Count> devices, long lineApp, long afterRetirement) {

    public record Count(String label, long scans) {
    }

    public long max() {
        return months.stream().mapToLong(Count::scans).max().orElse(0);
    }
}
