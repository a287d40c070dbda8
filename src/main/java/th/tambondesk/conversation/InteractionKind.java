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
    ANSWER
}
