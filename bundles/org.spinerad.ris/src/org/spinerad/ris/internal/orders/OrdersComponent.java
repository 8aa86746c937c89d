package org.spinerad.ris.internal.orders;

import java.io.IOException;
import java.lang.System.Logger.Level;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.spinerad.model.io.ServicePreferences;
import org.spinerad.ris.RisSettings;
import org.spinerad.store.ReportStore;

/**
 * Runs the order listener inside the workstation while the setting
 * {@code orders.listen} of the RIS preferences is true (default off); a change
 * of the settings starts, stops or moves it. The headless
 * {@code spinerad cli orders listen} runs it without the workstation.
 */
@Component(immediate = true)
public final class OrdersComponent {

	private static final System.Logger LOG = System.getLogger(OrdersComponent.class.getName());

	@Reference
	ReportStore store;

	private OrderListener listener;
	private OrderSettings running;
	private AutoCloseable preferenceListener;

	@Activate
	void activate() {
		preferenceListener = ServicePreferences.onChange(RisSettings.NODE, this::apply);
		apply();
	}

	/** Brings the listener in line with the settings in effect now. */
	synchronized void apply() {
		OrderSettings settings;
		try {
			settings = OrderSettings.fromPreferences();
		} catch (IllegalArgumentException e) {
			LOG.log(Level.WARNING, "Orders from the RIS are off: " + e.getMessage());
			settings = new OrderSettings(false, OrderSettings.DEFAULT_PORT, java.util.Set.of());
		}
		if (settings.equals(running)) {
			return;
		}
		stop();
		if (!settings.listen()) {
			return;
		}
		try {
			OrderHandler handler = new OrderHandler(new OrderReader(settings.procedures()), new Worklist(store));
			listener = OrderListener.start(handler, null, settings.port());
			running = settings;
		} catch (IOException e) {
			LOG.log(Level.WARNING, "Orders from the RIS are off: " + e.getMessage());
		}
	}

	private void stop() {
		if (listener != null) {
			listener.close();
			listener = null;
		}
		running = null;
	}

	@Deactivate
	synchronized void deactivate() throws Exception {
		preferenceListener.close();
		stop();
	}
}
