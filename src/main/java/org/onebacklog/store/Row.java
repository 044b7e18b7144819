package org.onebacklog.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A row with a generated id: each entity draws its ids from its own sequence, named after it
 * ({@code HistoryEvent} -> {@code history_event_seq}, 50 at a time, as the migrations create them).
 */
@MappedSuperclass
public abstract class Row extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    public Long id;
}
