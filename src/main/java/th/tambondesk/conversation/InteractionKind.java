package th.tambondesk.conversation;

/** What happened in one interaction, as counted in the service statistics. */
public enum InteractionKind {
    FOLLOW,
    UNFOLLOW,
    TEXT,
    TAP,
    LOCATION,
    PHOTO,
    STICKER,
    MEDIA,
    GROUP_CHAT,
    OTHER,
    ANSWER,
    /** A message staff sent on their own: a status change or a reply. */
    NOTIFICATION
}
