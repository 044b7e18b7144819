package org.onebacklog.live;

import io.smallrye.reactive.messaging.MessageConverter;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.Type;
import org.eclipse.microprofile.reactive.messaging.Message;

/** RabbitMQ hands JSON payloads over as a {@link JsonObject}; the cluster relay wants its record back. */
@ApplicationScoped
public class BroadcastConverter implements MessageConverter {

    @Override
    public boolean canConvert(Message<?> in, Type target) {
        return target == ClusterRelay.Broadcast.class && in.getPayload() instanceof JsonObject;
    }

    @Override
    public Message<?> convert(Message<?> in, Type target) {
        return in.withPayload(((JsonObject) in.getPayload()).mapTo(ClusterRelay.Broadcast.class));
    }
}
