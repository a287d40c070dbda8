package th.tambondesk.catalog;

import java.util.List;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A question residents ask (ITA O6); the answer may name configured SAO facts as {placeholders}. */
@Entity
@Table(name = "catalog_faq")
class FaqEntry {

    @Id
    private String code;
    private String question;
    private String answer;
    @Convert(converter = JsonColumns.Strings.class)
    private List<String> requires;
    @Convert(converter = JsonColumns.Strings.class)
    private List<String> keywords;
    private int position;
    private boolean active;
    private boolean verified;

    protected FaqEntry() {
    }

    FaqEntry(String code, String question, String answer, List<String> requires, List<String> keywords, int position,
             boolean verified) {
        this.code = code;
        this.question = question;
        this.answer = answer;
        this.requires = requires;
        this.keywords = keywords;
        this.position = position;
        this.active = true;
        this.verified = verified;
    }

    String code() {
        return code;
    }

    FaqEdit edit() {
        return new FaqEdit(code, question, answer, List.copyOf(requires), List.copyOf(keywords), active, verified);
    }

    void update(FaqEdit edit) {
        this.question = edit.question();
        this.answer = edit.answer();
        this.requires = edit.requires();
        this.keywords = edit.keywords();
        this.active = edit.active();
        this.verified = edit.verified();
    }

    String question() {
        return question;
    }

    String answer() {
        return answer;
    }

    List<String> requires() {
        return requires;
    }

    List<String> keywords() {
        return keywords;
    }

    boolean verified() {
        return verified;
    }
}
