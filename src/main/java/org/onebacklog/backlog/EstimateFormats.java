package org.onebacklog.backlog;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;

/** Estimates and shares in templates, as people write them: {@code {item.estimate.plain}}, {@code {share.percent}}. */
@TemplateExtension
public class EstimateFormats {

    static String plain(BigDecimal estimate) {
        return Estimates.format(estimate);
    }

    /** 0.2 as "20": a share as people say it. */
    static String percent(BigDecimal share) {
        return share == null ? "" : Estimates.format(share.movePointRight(2));
    }
}
