package org.spinerad.ui.internal;

import java.util.function.BooleanSupplier;

import org.spinerad.store.Actor;
import org.spinerad.store.ReportStore;
import org.spinerad.ui.session.ReportSession;

/**
 * Keeps the worklist current when other workstations change the shared
 * store: a change made elsewhere refreshes the list on the UI thread. Changes
 * made here already refresh it through the session.
 */
public final class LiveWorklist {

	private LiveWorklist() {
	}

	/**
	 * @param refresh  reloads the worklist (called on the UI thread)
	 * @param disposed whether the worklist is gone
	 * @return a handle that stops following
	 */
	public static AutoCloseable follow(ReportStore store, ReportSession.UiThread ui, Runnable refresh,
			BooleanSupplier disposed) {
		String here = Actor.system().workstation();
		return store.onChange(change -> {
			if (!change.by().workstation().equals(here)) {
				ui.asyncExec(() -> {
					if (!disposed.getAsBoolean()) {
						refresh.run();
					}
				});
			}
		});
	}
}
