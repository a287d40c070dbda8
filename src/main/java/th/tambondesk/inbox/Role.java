package th.tambondesk.inbox;

/** What a staff account may do. */
enum Role {
    /** Everything but reading integrity reports: all cases, users, catalogue, statistics. */
    ADMIN,
    /** The cases of their own division. */
    STAFF,
    /** The internal auditor: the integrity reports, and nothing else. */
    AUDITOR
}
