package org.onebacklog.failure;

import jakarta.enterprise.context.RequestScoped;
import java.util.function.Supplier;

/**
 * What a write of this request is about, for a collision that names no row: a unique key two requests inserted at
 * once (a product key, a membership). The service says it before writing; a 409 then shows its fresh state.
 */
@RequestScoped
public class Contested {

    private Supplier<Object> fresh;

    /** {@code fresh} reads the thing afresh as the API shows it (it runs in a transaction of its own). */
    public void is(Supplier<Object> fresh) {
        this.fresh = fresh;
    }

    public Supplier<Object> fresh() {
        return fresh;
    }
}
