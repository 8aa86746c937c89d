package org.spinerad.store.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.spinerad.store.StoreChange;

/** The change listeners of a store; one failing listener does not stop the others. */
public final class Listeners {

	private static final System.Logger LOG = System.getLogger(Listeners.class.getName());

	private final List<Consumer<StoreChange>> listeners = new CopyOnWriteArrayList<>();

	public AutoCloseable add(Consumer<StoreChange> listener) {
		listeners.add(listener);
		return () -> listeners.remove(listener);
	}

	public void fire(StoreChange change) {
		for (Consumer<StoreChange> listener : listeners) {
			try {
				listener.accept(change);
			} catch (RuntimeException e) {
				LOG.log(System.Logger.Level.WARNING, "A store listener failed: " + e, e);
			}
		}
	}
}
