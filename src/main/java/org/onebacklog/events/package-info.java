/**
 * What happens in a product, in Scrum words: the bottom of the package graph, depending on nothing of ours.
 * <p>
 * A service does its write and fires one event (a CDI event, inside its transaction). Observers do the rest: the
 * history record (synchronously, in the same transaction, so an entry exists exactly when the change does), the
 * board's DoD tasks on {@link org.onebacklog.events.ItemCommitted}, and the live publication (after a successful
 * commit only). Events carry values — who, when, what changed, from → to — never entities, so an observer cannot
 * reach into another feature's rows and a later observer (webhooks, an activity view) reads them as they are.
 */
package org.onebacklog.events;
