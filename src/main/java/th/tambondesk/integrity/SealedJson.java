package th.tambondesk.integrity;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Small JSON maps sealed as one value: report contents, drafts, entries. */
final class SealedJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
    };

    private SealedJson() {
    }

    static byte[] seal(Sealer sealer, Map<String, String> values, String purpose, Object owner) {
        try {
            return sealer.seal(JSON.writeValueAsBytes(values), purpose, owner);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> open(Sealer sealer, byte[] sealed, String purpose, Object owner) {
        return read(sealer.open(sealed, purpose, owner));
    }

    static Map<String, String> read(byte[] json) {
        try {
            return JSON.readValue(json, MAP);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("sealed integrity data is not readable", e);
        }
    }
}
