package org.spinerad.ui.parts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
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
import org.spinerad.distribution.ChannelState;
import org.spinerad.distribution.ChannelState.Stage;
import org.spinerad.distribution.DistributionChannel;
import org.spinerad.distribution.DistributionService;
import org.spinerad.model.io.ServicePreferences;
import org.spinerad.ui.WidgetIds;
import org.spinerad.ui.internal.ChannelSetup;

/**
 * Status bar item: where signed reports stand per channel, e.g.
 * "RIS: all delivered; PACS: not configured (1 not sent)". A channel without
 * its destination in the preferences says "not configured", never "all
 * delivered"; the text follows a change of the preferences.
 */
public class DeliveryStatus {

	/** Widget id of the label. */
	public static final String ID = "org.spinerad.ui.status.ris";

	@Inject
	@Optional
	DistributionService distribution;
	@Inject
	UISynchronize sync;

	private Label label;
	private AutoCloseable listener;
	private final List<AutoCloseable> settings = new ArrayList<>();

	@PostConstruct
	public void create(Composite parent) {
		Composite box = new Composite(parent, SWT.NONE);
		box.setLayout(new FillLayout());
		label = WidgetIds.tag(new Label(box, SWT.NONE), ID);
		update();
		if (distribution != null) {
			listener = distribution.onChange(state -> sync.asyncExec(this::update));
		}
		for (String node : new String[] { "org.spinerad.ris", "org.spinerad.dicom.report", "org.spinerad.pdf" }) {
			settings.add(ServicePreferences.onChange(node, () -> sync.asyncExec(this::update)));
		}
	}

	private void update() {
		if (label == null || label.isDisposed()) {
			return;
		}
		if (distribution == null) {
			label.setText("Distribution of signed reports not installed");
			return;
		}
		label.setText(describe(distribution.channels(), distribution.states(), ChannelSetup::configured) + "    ");
		label.setToolTipText(label.getText().strip());
		label.getParent().getParent().layout(true, true);
	}

	/**
	 * @param configured whether a channel (by id) has its destination set
	 * @return one part per channel: "not configured" (with the counts waiting), "all delivered", "nothing sent yet",
	 *         or the counts by stage and the newest reason to act
	 */
	public static String describe(List<DistributionChannel> channels, List<ChannelState> states,
			Predicate<String> configured) {
		Map<String, String> labels = new LinkedHashMap<>();
		channels.stream().sorted((a, b) -> a.id().equals("ris") ? -1 : b.id().equals("ris") ? 1 : a.id().compareTo(b.id()))
				.forEach(c -> labels.put(c.id(), c.label()));
		states.forEach(s -> labels.putIfAbsent(s.channel(), s.label()));
		List<String> parts = new ArrayList<>();
		for (Map.Entry<String, String> channel : labels.entrySet()) {
			Map<Stage, Long> counts = new EnumMap<>(Stage.class);
			ChannelState attention = null;
			for (ChannelState s : states) {
				if (s.channel().equals(channel.getKey()) && s.stage() != Stage.DELIVERED && s.stage() != Stage.CANCELLED) {
					counts.merge(s.stage(), 1L, Long::sum);
					if (s.stage().needsAttention() && (attention == null || s.at().isAfter(attention.at()))) {
						attention = s;
					}
				}
			}
			boolean any = states.stream().anyMatch(s -> s.channel().equals(channel.getKey()));
			String waiting = counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().word())
					.collect(Collectors.joining(", "));
			String text;
			if (!configured.test(channel.getKey())) {
				text = "not configured" + (waiting.isEmpty() ? "" : " (" + waiting + ")");
			} else {
				text = !any ? "nothing sent yet" : counts.isEmpty() ? "all delivered" : waiting;
				if (attention != null && !attention.detail().isEmpty()) {
					text += " (" + attention.detail() + ")";
				}
			}
			parts.add(channel.getValue() + ": " + text);
		}
		return parts.isEmpty() ? "No delivery channel installed" : String.join("; ", parts);
	}

	@PreDestroy
	public void dispose() throws Exception {
		if (listener != null) {
			listener.close();
		}
		for (AutoCloseable setting : settings) {
			setting.close();
		}
	}
}
