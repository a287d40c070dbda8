package th.tambondesk.integrity;

/** A decrypted evidence photo. */
public record EvidenceFile(String contentType, byte[] bytes) {
}
