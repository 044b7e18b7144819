package org.onebacklog.tv;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.OptionalLong;
import org.onebacklog.live.DisplayPasses;

/** Lets a TV's socket in with its display token, as the TV page does. */
@ApplicationScoped
public class TvPasses implements DisplayPasses {

    @Inject
    DisplayService displays;

    @Override
    public OptionalLong open(String productKey, String token) {
        return displays.open(productKey, token).map(d -> OptionalLong.of(d.id)).orElse(OptionalLong.empty());
    }

    @Override
    public boolean stillValid(long displayId) {
        return displays.stillValid(displayId);
    }
}
