package org.onebacklog.events;

import java.math.BigDecimal;

/** The capacity policy changed: its mode and the share it reserves for technical work. */
public record PolicyChanged(Stamp stamp, String mode, BigDecimal reservedShare) implements ScrumEvent {
}
