package th.tambondesk.catalog;

/** What a request form asks. */
public enum FieldType {
    TEXT,
    LOCATION,
    PHOTO,
    PHONE,
    DATE,
    CHOICE
}
