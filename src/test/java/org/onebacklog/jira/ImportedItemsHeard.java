package org.onebacklog.jira;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.onebacklog.events.ItemAdded;

/** Listens as the live views do, after the commit: every item an import adds must be announced. */
@ApplicationScoped
public class ImportedItemsHeard {

    private final List<ItemAdded> heard = new CopyOnWriteArrayList<>();

    void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) ItemAdded added) {
        heard.add(added);
    }

    List<String> keysIn(String productKey) {
        return heard.stream().filter(e -> e.stamp().productKey().equals(productKey)).map(e -> e.item().key())
                .toList();
    }
}
