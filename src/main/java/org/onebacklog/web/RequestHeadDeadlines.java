package org.onebacklog.web;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.quarkus.vertx.http.HttpServerStart;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.core.net.impl.TCPServerBase;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import org.jboss.logging.Logger;

/**
 * Puts a {@link RequestHeadDeadline} on every connection the HTTP server accepts, and tells it when the router has
 * a request. Vert.x offers no way to reach a connection before its first request, so this reaches the listening
 * socket itself: a handler on it adds the deadline to each accepted connection before Vert.x sets the connection
 * up. Finding that socket takes one private field of Vert.x; if a Vert.x upgrade moves it, the server still
 * starts, says so in its log, and {@code RequestHeadDeadlineTest} fails.
 */
@ApplicationScoped
public class RequestHeadDeadlines {

    private static final Logger LOG = Logger.getLogger(RequestHeadDeadlines.class);
    private static final String ON_ACCEPT = "onebacklog-request-head-deadline";

    @Inject
    Vertx vertx;

    @Inject
    Settings settings;

    void listening(@ObservesAsync HttpServerStart started) {
        try {
            Field bound = TCPServerBase.class.getDeclaredField("bindFuture");
            bound.setAccessible(true);
            for (TCPServerBase server : ((VertxInternal) vertx).sharedHttpServers().values()) {
                Future<?> channel = (Future<?>) bound.get(server);
                if (channel != null && channel.result() instanceof Channel listening) {
                    installOn(listening);
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf(e, "Request heads have no deadline on this server: Vert.x's listening socket was not found");
        }
    }

    private void installOn(Channel listening) {
        if (listening.pipeline().get(ON_ACCEPT) != null) {
            return;
        }
        listening.pipeline().addFirst(ON_ACCEPT, new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object accepted) throws Exception {
                if (accepted instanceof Channel connection) {
                    // First in the pipeline: Vert.x adds its own handlers after this when it sets the connection up.
                    connection.pipeline().addFirst(new RequestHeadDeadline(settings.requests().readTimeout()));
                }
                super.channelRead(ctx, accepted);
            }

            @Override
            public boolean isSharable() {
                return true;
            }
        });
        LOG.debugf("Request heads must arrive within %s on %s", settings.requests().readTimeout(),
                listening.localAddress());
    }

    /** Ahead of every other handler, even the body deadline: the request's head has arrived. */
    void onRequest(@Observes Router router) {
        router.route().order(-3000).handler(this::headArrived);
    }

    private void headArrived(RoutingContext context) {
        if (context.request().connection() instanceof ConnectionBase connection) {
            Channel channel = connection.channel();
            RequestHeadDeadline deadline = channel.pipeline().get(RequestHeadDeadline.class);
            if (deadline != null && context.request().version() == HttpVersion.HTTP_2) {
                onEventLoop(channel, deadline::stop);
            } else if (deadline != null) {
                onEventLoop(channel, deadline::headArrived);
                context.addEndHandler(answered -> {
                    // Answered before its body was read (a refusal): the body deadline closes the connection. A
                    // request without a body is done when answered (Vert.x may never call it ended: Quarkus pauses it).
                    if (context.request().isEnded() || !RequestLimits.hasBody(context.request())) {
                        onEventLoop(channel, deadline::requestDone);
                    }
                });
            }
        }
        context.next();
    }

    private static void onEventLoop(Channel channel, Runnable action) {
        if (channel.eventLoop().inEventLoop()) {
            action.run();
        } else {
            channel.eventLoop().execute(action);
        }
    }
}
