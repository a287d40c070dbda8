package th.tambondesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageTypeTest {

    @Test
    void recognisesPicturesByTheirBytesNotTheirName() {
        assertThat(ImageType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .contains(ImageType.JPEG);
        assertThat(ImageType.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}))
                .contains(ImageType.PNG);
        assertThat(ImageType.detect("RIFF0000WEBPVP8 ".getBytes())).contains(ImageType.WEBP);
        assertThat(ImageType.detect("<svg onload=alert(1)>".getBytes())).isEmpty();
        assertThat(ImageType.detect(new byte[0])).isEmpty();
    }
}
