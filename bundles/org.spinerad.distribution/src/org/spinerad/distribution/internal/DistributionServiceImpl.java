package org.spinerad.distribution.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.spinerad.distribution.ChannelState;
import org.spinerad.distribution.ChannelState.Stage;
import org.spinerad.distribution.DistributionChannel;
import org.spinerad.distribution.DistributionException;
import org.spinerad.distribution.DistributionService;
import org.spinerad.distribution.Rendition;
import org.spinerad.model.Report;
import org.spinerad.model.io.Workspace;
import org.spinerad.store.Actor;
import org.spinerad.store.ReportStore;
import org.spinerad.store.OutboxMessage;
import org.spinerad.store.StoreException;
import org.spinerad.store.TransactionalOutbox;
import org.spinerad.templates.OutputFormat;
import org.spinerad.templates.RenderResult;
import org.spinerad.templates.TemplateError;
import org.spinerad.templates.TemplateProvider;
import org.spinerad.templates.TemplateRegistry;
import org.spinerad.templates.TemplateService;

/**
 * The distribution service: a ledger on disk ({@code distribution/} in the
 * workspace, or the system property {@code spinerad.distribution}), one
 * background thread that renders and hands reports to the channels, and the
 * channels as a dynamic whiteboard. In the workstation it recovers unqueued
 * signed reports at start; the command-line application only reads.
 */
@Component(service = DistributionService.class, immediate = true)
public final class DistributionServiceImpl implements DistributionService {

	private static final System.Logger LOG = System.getLogger(DistributionServiceImpl.class.getName());
	/** How long a workstation's lease on a channel of the department outbox holds without renewal. */
	static final Duration LEASE = Duration.ofSeconds(60);
	/** How often the department outbox is looked at when nothing wakes the deliverer. */
	static final Duration POLL = Duration.ofSeconds(2);

	private final List<DistributionChannel> channels = new CopyOnWriteArrayList<>();
	private final Map<DistributionChannel, AutoCloseable> channelListeners = new ConcurrentHashMap<>();
	private final List<Consumer<ChannelState>> listeners = new CopyOnWriteArrayList<>();
	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "spinerad-distribution");
		t.setDaemon(true);
		return t;
	});

	@Reference
	volatile TemplateService templates;
	@Reference
	volatile TemplateRegistry registry;
	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	volatile ReportStore store;

	private Ledger ledger;
	private final DepartmentOutbox department = new DepartmentOutbox(() -> store, this::channels, this::changed);

	/** For Declarative Services. */
	public DistributionServiceImpl() {
	}

	/** A service with a given ledger folder and parts (for tools and tests); call {@link #close()} after use. */
	public DistributionServiceImpl(Path folder, TemplateService templates, TemplateRegistry registry, ReportStore store) {
		this.ledger = new Ledger(folder);
		this.templates = templates;
		this.registry = registry;
		this.store = store;
	}

	@Activate
	void activate(BundleContext context) {
		ledger = new Ledger(Workspace.folder("spinerad.distribution", "distribution"));
		try {
			ledger.baseline();
		} catch (IOException e) {
			LOG.log(Level.WARNING, "The distribution folder cannot be written: " + e.getMessage());
		}
		if (!"org.spinerad.cli.app".equals(context.getProperty("eclipse.application"))) {
			worker.execute(this::recover);
			department.start(null, LEASE, POLL);
		}
	}

	/** Delivers from the store's transactional outbox in the background, as the workstation does (tests). */
	public void deliverFromStore(String holder, Duration lease, Duration poll) {
		department.start(holder, lease, poll);
	}

	@Deactivate
	public void close() {
		department.close();
		worker.shutdownNow();
		channels.forEach(this::removeChannel);
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	public void addChannel(DistributionChannel channel) {
		channels.add(channel);
		channels.sort(Comparator.comparing(DistributionChannel::id));
		channelListeners.put(channel, channel.onChange(this::changed));
	}

	public void removeChannel(DistributionChannel channel) {
		channels.remove(channel);
		AutoCloseable listener = channelListeners.remove(channel);
		if (listener != null) {
			try {
				listener.close();
			} catch (Exception e) {
				LOG.log(Level.DEBUG, "Channel listener could not be removed", e);
			}
		}
	}

	@Override
	public List<DistributionChannel> channels() {
		return List.copyOf(channels);
	}

	private Optional<DistributionChannel> channel(String id) {
		return channels.stream().filter(c -> c.id().equals(id)).findFirst();
	}

	@Override
	public List<ChannelState> distribute(Report report) throws DistributionException {
		String step = Steps.of(report);
		if (step == null) {
			throw new DistributionException("A draft is not sent anywhere; sign it (preliminary or final) first");
		}
		if (report.getId() == null || report.getId().isBlank()) {
			throw new DistributionException("The report has no id; save it before it is sent");
		}
		List<DistributionChannel> applicable = channels.stream().filter(c -> c.appliesTo(report)).toList();
		Instant now = Instant.now();
		List<ChannelState> pending = applicable.stream()
				.map(c -> new ChannelState(report.getId(), c.id(), c.label(), step, Stage.PENDING, "", now)).toList();
		try {
			ledger.write(report.getId(), step, pending);
		} catch (IOException | IllegalArgumentException e) {
			throw new DistributionException("The distribution record of the report cannot be written in "
					+ ledger.folder() + ": " + e.getMessage() + "; free space or fix the folder's permissions, then sign again", e);
		}
		pending.forEach(this::notifyListeners);
		worker.execute(() -> deliver(report, step, applicable));
		return pending;
	}

	@Override
	public List<OutboxMessage> outboxMessages(Report report) {
		String step = Steps.of(report);
		if (step == null || report.getId() == null || department.outbox().isEmpty()) {
			return List.of();
		}
		try {
			Rendition rendition = render(report);
			department.keep(report, step, rendition);
			return department.messages(report, step, rendition,
					channels.stream().filter(c -> c.appliesTo(report)).toList());
		} catch (DistributionException | RuntimeException e) {
			LOG.log(Level.WARNING, "Signing queues no message with the report: " + e.getMessage());
			return List.of();
		}
	}

	private void deliver(Report report, String step, List<DistributionChannel> applicable) {
		Rendition rendition = department.take(report, step).orElse(null);
		String failure = null;
		try {
			rendition = rendition != null ? rendition : render(report);
		} catch (DistributionException e) {
			failure = e.getMessage();
		} catch (RuntimeException | LinkageError | StackOverflowError e) {
			// a faulty template plugin must leave a visible NOT_SENT, never a report pending forever
			LOG.log(Level.ERROR, "Rendering for distribution failed", e);
			failure = "the report text could not be rendered (" + e.getClass().getSimpleName()
					+ "); tell the administrator, then retry from the worklist";
		}
		for (DistributionChannel channel : applicable) {
			ChannelState state;
			if (rendition == null) {
				state = new ChannelState(report.getId(), channel.id(), channel.label(), step, Stage.NOT_SENT, failure,
						null);
			} else {
				state = queueOn(channel, report, rendition, step, false);
				audit(state);
			}
			record(state);
		}
	}

	/** Queues in the store's outbox when it has one and the channel can use it, else on the channel itself. */
	private ChannelState queueOn(DistributionChannel channel, Report report, Rendition rendition, String step,
			boolean again) {
		Optional<TransactionalOutbox> outbox = department.outbox();
		if (outbox.isPresent()) {
			try {
				Optional<ChannelState> queued = again ? department.requeue(outbox.get(), channel, report, step, rendition)
						: department.queue(outbox.get(), channel, report, step, rendition);
				if (queued.isPresent()) {
					return queued.get();
				}
			} catch (StoreException e) {
				return new ChannelState(report.getId(), channel.id(), channel.label(), step, Stage.NOT_SENT,
						e.getMessage() + "; retry from the worklist", null);
			}
		}
		return sendOn(channel, report, rendition, step);
	}

	private static ChannelState sendOn(DistributionChannel channel, Report report, Rendition rendition, String step) {
		try {
			ChannelState state = channel.send(report, rendition);
			return new ChannelState(report.getId(), channel.id(), channel.label(), step, state.stage(), state.detail(),
					state.at());
		} catch (RuntimeException e) {
			LOG.log(Level.WARNING, "Channel " + channel.id() + " failed", e);
			return new ChannelState(report.getId(), channel.id(), channel.label(), step, Stage.NOT_SENT,
					channel.label() + " failed: " + e, null);
		}
	}

	/** Records in the store's audit trail that a report went to a channel (queued or delivered). */
	private void audit(ChannelState state) {
		ReportStore current = store;
		if (current == null || state.stage() == Stage.NOT_SENT || state.stage() == Stage.REJECTED) {
			return;
		}
		try {
			current.audit(state.reportId(), "exported", Actor.system(), state.channel() + " " + state.step());
		} catch (StoreException e) {
			LOG.log(Level.WARNING, "The export to " + state.channel() + " could not be audited: " + e.getMessage());
		}
	}

	private void record(ChannelState state) {
		try {
			ledger.update(state);
		} catch (IOException | UncheckedIOException e) {
			LOG.log(Level.ERROR, "The distribution record cannot be updated in " + ledger.folder() + ": " + e.getMessage());
		}
		notifyListeners(state);
	}

	@Override
	public boolean canRender(Report report) {
		TemplateRegistry currentRegistry = registry;
		return templates != null && currentRegistry != null && report.getTemplateId() != null
				&& currentRegistry.find(report.getTemplateId()).isPresent();
	}

	@Override
	public Rendition render(Report report) throws DistributionException {
		TemplateRegistry currentRegistry = registry;
		TemplateService currentTemplates = templates;
		String id = report.getTemplateId();
		Optional<TemplateProvider> template = currentRegistry == null || id == null ? Optional.empty()
				: currentRegistry.find(id);
		if (template.isEmpty() || currentTemplates == null) {
			throw new DistributionException("The report text could not be rendered: the template '" + id
					+ "' is not installed; install its template plugin, then retry");
		}
		try {
			RenderResult result = currentTemplates.render(report, template.get(), OutputFormat.TEXT);
			return new Rendition(result.text(), result.templateId(), result.templateVersion());
		} catch (TemplateError e) {
			throw new DistributionException("The report text could not be rendered: " + e.describe(), e);
		}
	}

	@Override
	public List<ChannelState> states(String reportId) {
		Optional<Ledger.Entry> entry;
		try {
			entry = ledger.read(reportId);
		} catch (IllegalArgumentException | UncheckedIOException e) {
			return List.of();
		}
		return entry.map(e -> e.states().stream().map(this::live).toList()).orElse(List.of());
	}

	private ChannelState live(ChannelState recorded) {
		if (recorded.stage() == Stage.PENDING) {
			return recorded;
		}
		return department.state(recorded)
				.or(() -> channel(recorded.channel()).flatMap(c -> safely(c, recorded))).orElse(recorded);
	}

	private static Optional<ChannelState> safely(DistributionChannel channel, ChannelState recorded) {
		try {
			return channel.state(recorded);
		} catch (RuntimeException e) {
			LOG.log(Level.WARNING, "Channel " + channel.id() + " state failed", e);
			return Optional.empty();
		}
	}

	@Override
	public List<ChannelState> states() {
		List<ChannelState> all = new ArrayList<>();
		for (String id : ledger.reportIds()) {
			all.addAll(states(id));
		}
		return all;
	}

	@Override
	public ChannelState retry(String reportId, String channelId) throws DistributionException {
		DistributionChannel channel = channel(channelId)
				.orElseThrow(() -> new DistributionException("No channel '" + channelId + "' is installed"));
		ReportStore currentStore = store;
		if (currentStore == null) {
			throw new DistributionException("The report store is not available; retry after the workstation has started");
		}
		Report report;
		try {
			report = currentStore.load(reportId);
		} catch (StoreException e) {
			throw new DistributionException("The report cannot be loaded to retry it: " + e.getMessage(), e);
		}
		String step = Steps.of(report);
		if (step == null) {
			throw new DistributionException("The report is a draft; sign it first");
		}
		if (ledger.read(reportId).filter(e -> e.step().equals(step)).isEmpty()) {
			return distribute(report).stream().filter(s -> s.channel().equals(channelId)).findFirst()
					.orElseThrow(() -> new DistributionException(channel.label() + " does not take this report"));
		}
		ChannelState state = queueOn(channel, report, render(report), step, true);
		record(state);
		return state;
	}

	@Override
	public ChannelState cancel(String reportId, String channelId) throws DistributionException {
		DistributionChannel channel = channel(channelId)
				.orElseThrow(() -> new DistributionException("No channel '" + channelId + "' is installed"));
		ChannelState recorded = ledger.read(reportId).flatMap(e -> e.states().stream()
				.filter(s -> s.channel().equals(channelId)).findFirst())
				.orElseThrow(() -> new DistributionException("The report was never sent to " + channel.label()));
		ChannelState state = channel.cancel(recorded);
		record(state);
		return state;
	}

	@Override
	public int recover() {
		return new Recovery(this, ledger, department).run(store);
	}

	void changed(String reportId) {
		states(reportId).forEach(this::notifyListeners);
	}

	private void notifyListeners(ChannelState state) {
		for (Consumer<ChannelState> listener : listeners) {
			try {
				listener.accept(state);
			} catch (RuntimeException e) {
				LOG.log(Level.WARNING, "A distribution listener failed", e);
			}
		}
	}

	@Override
	public AutoCloseable onChange(Consumer<ChannelState> listener) {
		listeners.add(Objects.requireNonNull(listener));
		return () -> listeners.remove(listener);
	}
}
