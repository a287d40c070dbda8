package th.tambondesk.catalog;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A service as the admin edits it: everything, including keywords and whether it is offered.
 *
 * @param needsDocuments documents must be filed at the office (then a legal time runs from that filing, not from
 *                       the message in the chat)
 */
public record ServiceEdit(String code, String categoryCode, ServiceKind kind, String name, String description,
                          String whoMayAsk, String divisionCode, List<String> documents, List<Step> steps,
                          List<FieldSpec> fields, List<String> keywords, StandardTime standardTime, boolean active,
                          @Nullable String fee, boolean feeVerified, @Nullable String complaintChannel,
                          @Nullable Integer nearbyRadius, boolean needsDocuments) {
}
