package th.tambondesk.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;

import th.tambondesk.catalog.FieldSpec;

/**
 * What the answers of a service's form become in a case, the same whether the resident gave them in the chat or
 * staff typed them at the counter: the phone, the place, and every other answer as a detail under its label.
 * Photos come separately.
 */
public record CaseContents(List<OpenCase.Detail> details, OpenCase.@Nullable Place place, @Nullable String phone) {

    /** One answer: its text, and the coordinates of a place when it has them. */
    public record Answer(FieldSpec field, @Nullable String text, @Nullable Double latitude,
                         @Nullable Double longitude) {

        public static Answer text(FieldSpec field, String text) {
            return new Answer(field, text, null, null);
        }
    }

    public CaseContents {
        details = List.copyOf(details);
    }

    public static CaseContents of(List<Answer> answers) {
        List<OpenCase.Detail> details = new ArrayList<>();
        OpenCase.Place place = null;
        String phone = null;
        for (Answer answer : answers) {
            FieldSpec field = answer.field();
            switch (field.type()) {
                case LOCATION -> place = new OpenCase.Place(answer.latitude(), answer.longitude(),
                        cut(answer.text(), FieldSpec.MAX_PLACE));
                case PHONE -> phone = answer.text();
                case PHOTO -> {
                }
                default -> details.add(new OpenCase.Detail(field.label(),
                        cut(Objects.requireNonNullElse(answer.text(), ""), FieldSpec.MAX_TEXT)));
            }
        }
        return new CaseContents(details, place, phone);
    }

    @Contract("!null, _ -> !null")
    private static @Nullable String cut(@Nullable String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
