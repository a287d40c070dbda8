package th.tambondesk.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "catalog_category")
class ServiceCategory {

    @Id
    private String code;
    private String name;
    private int position;

    protected ServiceCategory() {
    }

    ServiceCategory(String code, String name, int position) {
        this.code = code;
        this.name = name;
        this.position = position;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    void rename(String name) {
        this.name = name;
    }
}
