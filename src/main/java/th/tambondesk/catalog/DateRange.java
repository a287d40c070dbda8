package th.tambondesk.catalog;

/** Which dates a date field takes: a birth date lies in the past, the day a hall is wanted in the future. */
public enum DateRange {
    ANY, PAST, FUTURE
}
