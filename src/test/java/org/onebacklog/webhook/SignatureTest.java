package org.onebacklog.webhook;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signatures as the Standard Webhooks specification says, checked against a computation of our own. */
class SignatureTest {

    static final byte[] KEY = "a fixed key of thirty-two bytes!".getBytes(StandardCharsets.UTF_8);
    static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(KEY);
    static final String ID = "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W";
    static final long TIMESTAMP = 1674087231L;
    static final String BODY = "{\"type\":\"TaskMoved\",\"productKey\":\"SHOP\"}";

    @Test
    void theSignatureIsV1AndTheBase64HmacOfIdTimestampAndBody() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
        String expected = "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal((ID + "." + TIMESTAMP + "." + BODY).getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, Signature.sign(SECRET, ID, TIMESTAMP, BODY));
    }

    @Test
    void anyChangeToIdTimestampOrBodyChangesTheSignature() {
        String signature = Signature.sign(SECRET, ID, TIMESTAMP, BODY);
        assertNotEquals(signature, Signature.sign(SECRET, ID + "x", TIMESTAMP, BODY));
        assertNotEquals(signature, Signature.sign(SECRET, ID, TIMESTAMP + 1, BODY));
        assertNotEquals(signature, Signature.sign(SECRET, ID, TIMESTAMP, BODY + " "));
    }

    @Test
    void aNewSecretIsWhsecAndThirtyTwoRandomBytes() {
        String secret = Signature.newSecret();
        assertTrue(secret.startsWith("whsec_"));
        assertEquals(32, Base64.getDecoder().decode(secret.substring(6)).length);
        assertNotEquals(secret, Signature.newSecret());
    }
}
