package org.onebacklog.live;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The live number a product page was rendered at, written into the page ({@code data-seq}) so that its socket's
 * hello can tell whether something changed between the page being read and the socket joining. It is taken when
 * the request begins, before the page reads anything: a change in between makes the page fetch its view once more,
 * never miss it.
 */
@Named("renderedAt")
@RequestScoped
public class RenderedAt {

    private Long sequence;

    @Inject
    LiveHub hub;

    /** The number, or null on a page that belongs to no product. */
    public Long getSequence() {
        return sequence;
    }

    /** Product pages ({@code /products/KEY/…}) and TVs ({@code /tv/KEY}) note the number they start from. */
    @ServerRequestFilter(preMatching = true)
    public void noteTheNumber(ContainerRequestContext request) {
        if (!"GET".equals(request.getMethod())) {
            return;
        }
        String[] parts = request.getUriInfo().getPath().split("/");
        boolean productPage = parts.length > 2 && ("products".equals(parts[1]) || "tv".equals(parts[1]));
        if (productPage && !parts[2].isEmpty()) {
            sequence = hub.sequence(parts[2]);
        }
    }
}
