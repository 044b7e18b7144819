package org.onebacklog.live;

import java.util.OptionalLong;

/** Which display tokens may listen to a product without a login (the TVs); the TV feature implements it. */
public interface DisplayPasses {

    /** The id of the display the token opens for the product, if it is valid. */
    OptionalLong open(String productKey, String token);

    /** Not revoked since it was opened. */
    boolean stillValid(long displayId);
}
