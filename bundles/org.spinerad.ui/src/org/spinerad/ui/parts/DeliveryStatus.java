package org.spinerad.ui.parts;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.spinerad.ris.DeliveryState;
import org.spinerad.ris.OutboxEntry;
import org.spinerad.ris.RisExport;
import org.spinerad.ui.WidgetIds;

/** Status bar item: what the RIS outbox is doing, e.g. "RIS: 1 sending, 2 queued (next try 12:03:10)". */
public class DeliveryStatus {

	/** Widget id of the label. */
	public static final String ID = "org.spinerad.ui.status.ris";

	@Inject
	@Optional
	RisExport ris;
	@Inject
	UISynchronize sync;

	private Label label;
	private AutoCloseable listener;

	@PostConstruct
	public void create(Composite parent) {
		Composite box = new Composite(parent, SWT.NONE);
		box.setLayout(new FillLayout());
		label = WidgetIds.tag(new Label(box, SWT.NONE), ID);
		update();
		if (ris != null) {
			listener = ris.onChange(entry -> sync.asyncExec(this::update));
		}
	}

	private void update() {
		if (label == null || label.isDisposed()) {
			return;
		}
		if (ris == null) {
			label.setText("RIS export not installed");
			return;
		}
		Map<DeliveryState, Long> counts = new EnumMap<>(DeliveryState.class);
		for (OutboxEntry entry : ris.entries()) {
			if (entry.state() != DeliveryState.ACKNOWLEDGED && entry.state() != DeliveryState.CANCELLED) {
				counts.merge(entry.state(), 1L, Long::sum);
			}
		}
		String text = counts.isEmpty() ? "RIS: all delivered"
				: "RIS: " + counts.entrySet().stream()
						.map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(Locale.ROOT))
						.collect(Collectors.joining(", "));
		label.setText(text + "    ");
		label.getParent().getParent().layout(true, true);
	}

	@PreDestroy
	public void dispose() throws Exception {
		if (listener != null) {
			listener.close();
		}
	}
}
