package org.spinerad.ui.parts;

import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.spinerad.model.Report;
import org.spinerad.templates.OutputFormat;
import org.spinerad.templates.RenderResult;
import org.spinerad.templates.TemplateError;
import org.spinerad.templates.TemplateProvider;
import org.spinerad.templates.TemplateService;
import org.spinerad.ui.WidgetIds;
import org.spinerad.ui.session.ReportSession;

/**
 * Live preview of the rendered report, updated on every change: the UI thread
 * only takes a copy of the report and hands it to a render thread of the
 * template service; one text render runs at a time, and when it ends the
 * newest copy waiting is rendered next (older ones are skipped, never queued).
 * There is no fixed pause, and no thread of its own between the UI thread and
 * the render. When renders are fast, the UI thread waits for the text after
 * the other listeners of the change (at most {@link #SAME_TURN_WAIT_NANOS}),
 * so the text shows in the same frame as the keystroke without a trip
 * through the event queue; a slower render is shown when it is ready, and
 * typing never waits for it. The HTML view follows the text, only while no
 * newer change waits, and its browser (WebKit) is created the first time its
 * tab is shown.
 */
public class PreviewPart {

	/** Id of the part in the application model, also set on its root composite. */
	public static final String ID = "org.spinerad.ui.part.preview";
	/**
	 * Longest the UI thread waits for the text of a change in the turn that made it; also the render time above
	 * which it does not wait at all (the text then follows when it is ready).
	 */
	static final long SAME_TURN_WAIT_NANOS = 10_000_000L;

	@Inject
	ReportSession session;
	@Inject
	TemplateService templates;
	@Inject
	UISynchronize sync;

	/** Generation of the newest change; a result of an older one is never shown. */
	private final AtomicLong generation = new AtomicLong();
	/** The newest copy not handed to a render yet; null when there is none. */
	private final AtomicReference<Job> pending = new AtomicReference<>();
	/** Whether a text render is in progress. */
	private final AtomicBoolean rendering = new AtomicBoolean();
	/** Whether an HTML render is in progress. */
	private final AtomicBoolean renderingHtml = new AtomicBoolean();
	private volatile boolean disposed;
	/** The newest copy taken, for the HTML view when its tab is first shown. */
	private volatile Job latest;
	private volatile boolean htmlWanted;
	/** The newest text rendered, not necessarily shown yet; guarded by itself for the waits of the UI thread. */
	private final Object readyLock = new Object();
	private Rendered ready;
	/** Whether the UI thread waits for the text of the newest change (it then shows it itself); guarded by readyLock. */
	private boolean uiWaiting;
	/** How long the last text render took. */
	private volatile long lastRenderNanos;
	/** Generation whose text the view shows (UI thread). */
	private long shownGeneration;
	/**
	 * System.nanoTime() of the steps of the newest change: its copy taken, its render started and ended, its text
	 * shown; read by the latency harness of the UI tests.
	 */
	volatile long copiedAt;
	volatile long renderStartedAt;
	volatile long renderEndedAt;
	volatile long shownAt;
	volatile long awaitStartedAt;
	/** Whether the last listener of the change waits for its text (UI thread). */
	private boolean waitWanted;
	private StyledText text;
	/** The text the view shows (UI thread), so that a change is found without copying it out of the view. */
	private String shownText = "";
	private CTabFolder tabs;
	private CTabItem htmlTab;
	private Browser browser;
	private Label message;
	private Runnable unlisten;
	private Runnable unlistenLast;

	/** One report to render: a copy taken on the UI thread, so rendering never reads the edited model. */
	private record Job(long generation, Report copy, TemplateProvider template) {
	}

	/** The text of a job, or the template's problem with it. */
	private record Rendered(long generation, String text, String problem) {
	}

	@PostConstruct
	public void createControls(Composite parent) {
		WidgetIds.tag(parent, ID);
		GridLayoutFactory.fillDefaults().applyTo(parent);
		message = WidgetIds.tag(new Label(parent, SWT.WRAP), ID + ".message");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(message);
		tabs = WidgetIds.tag(new CTabFolder(parent, SWT.BOTTOM), ID + ".tabs");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
		CTabItem textTab = new CTabItem(tabs, SWT.NONE);
		textTab.setText("Text (RIS)");
		text = WidgetIds.tag(new StyledText(tabs, SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.WRAP), ID + ".text");
		text.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
		textTab.setControl(text);
		htmlTab = new CTabItem(tabs, SWT.NONE);
		htmlTab.setText("HTML");
		tabs.addListener(SWT.Selection, e -> {
			if (tabs.getSelection() == htmlTab) {
				showHtml();
			} else {
				htmlWanted = false; // the HTML catches up when its tab is shown again
			}
		});
		tabs.setSelection(textTab);
		// first, so the render runs beside the other listeners of the change
		unlisten = session.listenFirst(change -> schedule());
		// last, after the other parts' work for the change and before anything queued behind it
		unlistenLast = session.listen(change -> {
			if (waitWanted) {
				awaitSameTurn();
			}
		});
		schedule();
	}

	/** Creates the browser the first time the HTML tab is shown, then renders the newest copy into it. */
	void showHtml() {
		if (browser == null && !text.isDisposed()) {
			try {
				browser = WidgetIds.tag(new Browser(tabs, SWT.NONE), ID + ".html");
				htmlTab.setControl(browser);
			} catch (SWTError e) {
				Label missing = new Label(tabs, SWT.WRAP);
				missing.setText("The HTML preview needs WebKitGTK (package libwebkit2gtk-4.1-0): " + e.getMessage());
				htmlTab.setControl(missing);
				return;
			}
		}
		htmlWanted = true;
		Job job = latest;
		// while a text render runs or waits, its end starts the HTML of the newest copy
		if (job != null && !rendering.get() && pending.get() == null) {
			renderHtml(job);
		}
	}

	/** Takes a copy of the report and hands it to the render thread; called on the UI thread for every change. */
	private void schedule() {
		if (text.isDisposed()) {
			return;
		}
		Report report = session.report().orElse(null);
		TemplateProvider template = session.template().orElse(null);
		if (report == null || template == null) {
			generation.incrementAndGet();
			latest = null;
			waitWanted = false;
			text.setText("");
			shownText = "";
			message.setText(report == null ? "No report open." : "The report's template '" + report.getTemplateId()
					+ "' is not installed.");
			message.getParent().layout();
			return;
		}
		Job job = new Job(generation.incrementAndGet(), EcoreUtil.copy(report), template);
		copiedAt = System.nanoTime();
		latest = job;
		pending.set(job);
		renderNext();
		// while renders are fast, the last listener of this change waits for its text: the others run meanwhile
		waitWanted = lastRenderNanos <= SAME_TURN_WAIT_NANOS;
	}

	/** On the UI thread: waits a little for the text of the newest change and shows it at once. */
	private void awaitSameTurn() {
		waitWanted = false;
		long deadline = System.nanoTime() + SAME_TURN_WAIT_NANOS;
		awaitStartedAt = deadline - SAME_TURN_WAIT_NANOS;
		synchronized (readyLock) {
			uiWaiting = true;
			while (ready == null || ready.generation() != generation.get()) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					break;
				}
				try {
					readyLock.wait(left / 1_000_000L, (int) (left % 1_000_000L));
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					break;
				}
			}
			uiWaiting = false;
		}
		showReady();
	}

	/** Hands the newest copy waiting to a text render, unless one is in progress (its end comes back here). */
	private void renderNext() {
		while (!disposed && pending.get() != null && rendering.compareAndSet(false, true)) {
			Job job = pending.getAndSet(null);
			if (job == null) {
				rendering.set(false);
				continue;
			}
			long start = System.nanoTime();
			renderStartedAt = start;
			templates.renderLater(job.copy(), job.template(), OutputFormat.TEXT)
					.whenComplete((result, failure) -> textRendered(job, start, result, failure));
			return;
		}
	}

	/** On the render thread: publishes the text of a copy, then renders the next copy or the HTML of this one. */
	private void textRendered(Job job, long start, RenderResult result, Throwable failure) {
		String plain = null;
		String problem = null;
		if (failure == null) {
			plain = result.text();
		} else {
			Throwable cause = failure instanceof CompletionException && failure.getCause() != null
					? failure.getCause() : failure;
			problem = cause instanceof TemplateError e ? "Template error: " + e.describe()
					: "The preview failed: " + cause;
		}
		long end = System.nanoTime();
		renderEndedAt = end;
		lastRenderNanos = end - start;
		boolean uiShowsIt;
		synchronized (readyLock) {
			ready = new Rendered(job.generation(), plain, problem);
			uiShowsIt = uiWaiting;
			readyLock.notifyAll();
		}
		if (!uiShowsIt && !disposed) {
			sync.asyncExec(this::showReady);
		}
		rendering.set(false);
		if (pending.get() != null) {
			renderNext();
		} else if (htmlWanted && problem == null) {
			renderHtml(job);
		}
	}

	/** On the UI thread: shows the newest rendered text, unless a newer change waits for its own or it is shown. */
	private void showReady() {
		Rendered result;
		synchronized (readyLock) {
			result = ready;
		}
		if (text.isDisposed() || result == null || result.generation() != generation.get()
				|| result.generation() == shownGeneration) {
			return;
		}
		shownGeneration = result.generation();
		String before = message.getText();
		message.setText(result.problem() == null ? "" : result.problem() + " (the report itself is unchanged)");
		if (result.text() != null) {
			replaceChanged(result.text());
		}
		shownAt = System.nanoTime();
		if (!before.equals(message.getText())) {
			message.getParent().layout();
		}
	}

	/**
	 * Shows new text by replacing only the part that differs from what is shown
	 * (a keystroke changes a few characters of a long report), so the view lays
	 * out one paragraph instead of the whole report and keeps its scroll position.
	 */
	private void replaceChanged(String shown) {
		String old = shownText;
		int start = 0;
		int max = Math.min(old.length(), shown.length());
		while (start < max && old.charAt(start) == shown.charAt(start)) {
			start++;
		}
		if (start == old.length() && start == shown.length()) {
			return;
		}
		// never split a CR LF line end or a surrogate pair
		while (start > 0 && (old.charAt(start - 1) == '\r' || Character.isHighSurrogate(old.charAt(start - 1)))) {
			start--;
		}
		int endOld = old.length();
		int endNew = shown.length();
		while (endOld > start && endNew > start && old.charAt(endOld - 1) == shown.charAt(endNew - 1)) {
			endOld--;
			endNew--;
		}
		while (endOld < old.length() && (old.charAt(endOld) == '\n' || Character.isLowSurrogate(old.charAt(endOld)))) {
			endOld++;
			endNew++;
		}
		int top = text.getTopIndex();
		text.replaceTextRange(start, endOld - start, shown.substring(start, endNew));
		text.setTopIndex(top);
		shownText = shown;
	}

	/**
	 * The HTML of a copy whose text is rendered, shown only if it is still the newest. One HTML render at a time,
	 * never beside the text render of the same copy.
	 */
	private void renderHtml(Job job) {
		if (disposed || job.generation() != generation.get() || !renderingHtml.compareAndSet(false, true)) {
			return;
		}
		templates.renderLater(job.copy(), job.template(), OutputFormat.HTML).whenComplete((result, failure) -> {
			renderingHtml.set(false);
			if (failure == null && !disposed) { // else the text view shows the template's error
				sync.asyncExec(() -> {
					if (browser != null && !browser.isDisposed() && job.generation() == generation.get()) {
						browser.setText(result.text(), false);
					}
				});
			}
			// a newer copy whose text ended while this ran did not start its HTML
			Job newest = latest;
			if (htmlWanted && newest != null && newest != job && !rendering.get() && pending.get() == null) {
				renderHtml(newest);
			}
		});
	}

	@Focus
	public void setFocus() {
		text.setFocus();
	}

	@PreDestroy
	public void dispose() {
		disposed = true;
		if (unlisten != null) {
			unlisten.run();
			unlistenLast.run();
		}
	}
}
