package org.spinerad.ris.internal;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.spinerad.model.Report;
import org.spinerad.model.io.ServicePreferences;
import org.spinerad.model.io.Workspace;
import org.spinerad.ris.OutboxEntry;
import org.spinerad.ris.ResultStatus;
import org.spinerad.ris.RisException;
import org.spinerad.ris.RisExport;
import org.spinerad.ris.RisSettings;

/**
 * The RIS export service: message builder, MLLP client and outbox wired
 * together. Immediate, so that messages left in the outbox by the last session
 * are delivered as soon as the workstation starts. The outbox folder is the
 * system property {@code spinerad.ris.outbox}, else {@code outbox/} in the
 * workspace. The settings are read from the preferences on every use
 * ({@link RisSettings#fromPreferences()}); a change wakes delivery at once.
 * In the command-line application (or with {@code spinerad.ris.deliver=false})
 * the outbox is not delivered from, so a script never competes with a running
 * workstation.
 */
@Component(service = RisExport.class, immediate = true)
public final class RisExportComponent implements RisExport {

	private static final System.Logger LOG = System.getLogger(RisExportComponent.class.getName());
	private static final String CLI_APPLICATION = "org.spinerad.cli.app";

	private final List<Consumer<OutboxEntry>> listeners = new CopyOnWriteArrayList<>();
	private volatile RisSettings settings = RisSettings.defaults();
	private Path folder;
	private boolean deliver;
	private Outbox outbox;
	private boolean closed;
	private volatile boolean fromPreferences;
	private AutoCloseable preferenceListener;

	/** For Declarative Services. */
	public RisExportComponent() {
	}

	/** An export with a given outbox folder and settings (for tools and tests); call {@link #close()} after use. */
	public RisExportComponent(Path folder, RisSettings settings, boolean deliver) {
		this.folder = folder.toAbsolutePath().normalize();
		this.settings = Objects.requireNonNull(settings);
		this.deliver = deliver;
	}

	@Activate
	void activate(BundleContext context) {
		fromPreferences = true;
		preferenceListener = ServicePreferences.onChange(RisSettings.NODE, this::wake);
		folder = defaultFolder();
		deliver = !CLI_APPLICATION.equals(context.getProperty("eclipse.application"))
				&& !"false".equalsIgnoreCase(context.getProperty(RisSettings.PREFIX + "deliver"));
		if (deliver) {
			try {
				outbox();
			} catch (RisException e) {
				LOG.log(Level.WARNING, e.getMessage());
			}
		}
	}

	@Deactivate
	void deactivate() throws Exception {
		preferenceListener.close();
		close();
	}

	/** Stops delivery and releases the outbox folder. */
	public synchronized void close() {
		closed = true;
		if (outbox != null) {
			outbox.close();
			outbox = null;
		}
	}

	static Path defaultFolder() {
		return Workspace.folder(RisSettings.PREFIX + "outbox", "outbox");
	}

	private synchronized Outbox outbox() throws RisException {
		if (closed) {
			throw new RisException("The RIS export has been stopped");
		}
		if (outbox == null) {
			Outbox opened = Outbox.open(folder, new MllpClient(this::settings), this::settings,
					OutboxRetention.fromSystemProperties());
			opened.onChange(entry -> listeners.forEach(listener -> notify(listener, entry)));
			if (deliver) {
				opened.start();
			}
			outbox = opened;
		}
		return outbox;
	}

	private static void notify(Consumer<OutboxEntry> listener, OutboxEntry entry) {
		try {
			listener.accept(entry);
		} catch (RuntimeException e) {
			LOG.log(Level.WARNING, "A RIS export listener failed", e);
		}
	}

	private Optional<Outbox> available() {
		try {
			return Optional.of(outbox());
		} catch (RisException e) {
			LOG.log(Level.WARNING, e.getMessage());
			return Optional.empty();
		}
	}

	@Override
	public OutboxEntry queue(Report report, String renderedText) throws RisException {
		if (report.getId() == null || report.getId().isBlank()) {
			throw new RisException("The report has no id; save it before sending it to the RIS");
		}
		ResultStatus status = OruMessageBuilder.check(report);
		OruMessageBuilder builder = new OruMessageBuilder(settings);
		Outbox.Request request = new Outbox.Request(report.getId(), report.getStudy().getAccessionNumber(), status,
				status == ResultStatus.CORRECTED ? report.getAddenda().size() : 0);
		return outbox().enqueue(request,
				controlId -> builder.build(report, renderedText, status, controlId, Instant.now()));
	}

	@Override
	public List<OutboxEntry> entries() {
		return available().map(Outbox::entries).orElse(List.of());
	}

	@Override
	public List<OutboxEntry> entries(String reportId) {
		return available().map(o -> o.entries(reportId)).orElse(List.of());
	}

	@Override
	public Optional<OutboxEntry> entry(String controlId) {
		return available().flatMap(o -> o.entry(controlId));
	}

	@Override
	public Optional<String> message(String controlId) {
		return available().flatMap(o -> o.message(controlId));
	}

	@Override
	public OutboxEntry retry(String controlId) throws RisException {
		return outbox().retry(controlId);
	}

	@Override
	public OutboxEntry cancel(String controlId) throws RisException {
		return outbox().cancel(controlId);
	}

	@Override
	public AutoCloseable onChange(Consumer<OutboxEntry> listener) {
		listeners.add(Objects.requireNonNull(listener));
		return () -> listeners.remove(listener);
	}

	@Override
	public RisSettings settings() {
		return fromPreferences ? RisSettings.fromPreferences() : settings;
	}

	@Override
	public void applySettings(RisSettings newSettings) {
		settings = Objects.requireNonNull(newSettings);
		fromPreferences = false;
		wake();
	}

	private void wake() {
		Outbox current;
		synchronized (this) {
			current = outbox;
		}
		if (current != null) {
			current.wake();
		}
	}

	@Override
	public Path outboxFolder() {
		return folder;
	}
}
