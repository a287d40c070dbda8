package th.tambondesk.inbox;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A ready-made reply staff pick in the reply box. */
@Entity
@Table(name = "inbox_canned_reply")
class CannedReply {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    private String body;
    private int position;

    protected CannedReply() {
    }

    CannedReply(String title, String body, int position) {
        this.title = title;
        this.body = body;
        this.position = position;
    }

    Long getId() {
        return id;
    }

    String getTitle() {
        return title;
    }

    String getBody() {
        return body;
    }

    /** What pages show of a canned reply. */
    record View(long id, String title, String body) {
    }

    View view() {
        return new View(id, title, body);
    }

    void update(String title, String body) {
        this.title = title;
        this.body = body;
    }
}
