/**
 * Domain events that cross module boundaries. A module fires them with CDI {@code Event<T>} inside the
 * transaction of the change that caused them; observers in other modules react in that same
 * transaction, so what must survive a crash is committed together or not at all. They live in the
 * shared kernel so that no module has to depend on another's internals to listen.
 */
package io.livemart.core.events;
