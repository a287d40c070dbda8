package th.tambondesk.integrity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param key         Base64 of a 256-bit AES key; empty means a key file in the data folder
 * @param keyFile     where the generated key is kept when no key is given (application.properties puts it in
 *                    {@code tambondesk.data-dir}; a default value here would not resolve a placeholder)
 * @param retention   closed reports are deleted this long after closure
 * @param maxEvidence photos one report may carry
 */
@ConfigurationProperties("tambondesk.integrity")
record IntegrityProperties(@DefaultValue("") String key,
                           @DefaultValue("./data/integrity.key") String keyFile,
                           @DefaultValue("1095d") Duration retention,
                           @DefaultValue("5") int maxEvidence) {
}
