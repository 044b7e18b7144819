package org.onebacklog.web;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslHandler;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The deadline for a request's head (its request line and headers) on one connection. The clock starts when the
 * connection opens, and again at the first byte after an answered request; it stops when the router sees the
 * request ({@link #headArrived}). A head that does not arrive in time gets 408 and the connection is closed.
 *
 * <p>It sits first in the connection's pipeline, so it sees bytes before the HTTP decoder does, and it never
 * looks inside them. Vert.x has no hook before a request exists, and its idle timeouts restart with every byte:
 * without this, a client sending a header byte every few seconds would keep its connection for as long as it
 * likes. An idle keep-alive connection between requests is not timed here (the idle timeout closes it), and a
 * connection that became a WebSocket or HTTP/2 is not timed at all.
 *
 * <p>Every method runs on the connection's event loop.
 */
final class RequestHeadDeadline extends ChannelInboundHandlerAdapter {

    /** The name of Vert.x's HTTP/1 request decoder in the pipeline; gone once a connection is upgraded. */
    private static final String HTTP1_DECODER = "httpDecoder";

    private enum State { AWAITING_HEAD, IN_REQUEST, BETWEEN_REQUESTS }

    private final Duration deadline;
    private State state = State.AWAITING_HEAD;
    private ScheduledFuture<?> timer;
    private ChannelHandlerContext context;

    RequestHeadDeadline(Duration deadline) {
        this.deadline = deadline;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        context = ctx;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        arm();
        super.channelActive(ctx);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) throws Exception {
        if (state == State.BETWEEN_REQUESTS && message instanceof ByteBuf bytes && bytes.isReadable()) {
            if (ctx.pipeline().get(HTTP1_DECODER) == null) {
                // A WebSocket (or HTTP/2) by now: its frames are not request heads.
                stop();
            } else {
                state = State.AWAITING_HEAD;
                arm();
            }
        }
        super.channelRead(ctx, message);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        cancel();
        super.channelInactive(ctx);
    }

    /** The router has the request: its head is complete. */
    void headArrived() {
        cancel();
        state = State.IN_REQUEST;
    }

    /** The request was answered and read to its end: the next byte starts the next head. */
    void requestDone() {
        if (state == State.IN_REQUEST) {
            state = State.BETWEEN_REQUESTS;
        }
    }

    /** A protocol without request heads of this kind (HTTP/2 streams): nothing more to time on this connection. */
    void stop() {
        cancel();
        if (context != null && !context.isRemoved()) {
            context.pipeline().remove(this);
        }
    }

    private void arm() {
        cancel();
        timer = context.executor().schedule(this::expire, deadline.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void cancel() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    private void expire() {
        timer = null;
        if (state != State.AWAITING_HEAD || !context.channel().isActive()) {
            return;
        }
        boolean plainHttp1 = context.pipeline().get(SslHandler.class) == null
                && context.pipeline().get(HTTP1_DECODER) != null;
        if (!plainHttp1) {
            context.close();
            return;
        }
        // Written from here, the answer goes straight to the socket: the decoder holds a half-read head.
        context.writeAndFlush(Unpooled.copiedBuffer(answer(deadline), StandardCharsets.UTF_8))
                .addListener(ChannelFutureListener.CLOSE);
    }

    static String answer(Duration deadline) {
        String body = "{\"type\":\"about:blank\",\"title\":\"Request Timeout\",\"status\":408,"
                + "\"detail\":\"The request's headers did not arrive within " + RequestLimits.describe(deadline)
                + "; send it again.\"}";
        return "HTTP/1.1 408 Request Timeout\r\nContent-Type: application/problem+json\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + body;
    }
}
