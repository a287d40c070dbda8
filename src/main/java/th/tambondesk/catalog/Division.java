package th.tambondesk.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "catalog_division")
class Division {

    @Id
    private String code;
    private String name;
    private String duties;
    private boolean verified;
    private int position;

    protected Division() {
    }

    Division(String code, String name, String duties, boolean verified, int position) {
        this.code = code;
        this.name = name;
        this.duties = duties;
        this.verified = verified;
        this.position = position;
    }

    String code() {
        return code;
    }

    void update(String name, String duties) {
        this.name = name;
        this.duties = duties;
    }

    DivisionView view() {
        return new DivisionView(code, name, duties);
    }
}
