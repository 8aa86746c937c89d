package org.spinerad.ui.parts;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

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
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.spinerad.model.Report;
import org.spinerad.templates.OutputFormat;
import org.spinerad.templates.TemplateError;
import org.spinerad.templates.TemplateProvider;
import org.spinerad.templates.TemplateService;
import org.spinerad.ui.WidgetIds;
import org.spinerad.ui.session.ReportSession;

/**
 * Live preview of the rendered report, text and HTML, updated as the user
 * types: a short pause after the last change, a copy of the report taken on the
 * UI thread, rendering in the background, and only the newest result shown.
 */
public class PreviewPart {

	/** Id of the part in the application model, also set on its root composite. */
	public static final String ID = "org.spinerad.ui.part.preview";
	/** Pause after the last change before rendering. */
	static final int DEBOUNCE_MILLIS = 200;

	@Inject
	ReportSession session;
	@Inject
	TemplateService templates;
	@Inject
	UISynchronize sync;

	private final ExecutorService renderThread = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "spinerad-preview");
		t.setDaemon(true);
		return t;
	});
	private final AtomicLong generation = new AtomicLong();
	private StyledText text;
	private Browser browser;
	private Label message;
	private Runnable unlisten;
	private final Runnable renderSoon = this::render;

	@PostConstruct
	public void createControls(Composite parent) {
		WidgetIds.tag(parent, ID);
		GridLayoutFactory.fillDefaults().applyTo(parent);
		message = WidgetIds.tag(new Label(parent, SWT.WRAP), ID + ".message");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(message);
		CTabFolder tabs = new CTabFolder(parent, SWT.BOTTOM);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
		CTabItem textTab = new CTabItem(tabs, SWT.NONE);
		textTab.setText("Text (RIS)");
		text = WidgetIds.tag(new StyledText(tabs, SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.WRAP), ID + ".text");
		text.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
		textTab.setControl(text);
		CTabItem htmlTab = new CTabItem(tabs, SWT.NONE);
		htmlTab.setText("HTML");
		try {
			browser = WidgetIds.tag(new Browser(tabs, SWT.NONE), ID + ".html");
			htmlTab.setControl(browser);
		} catch (SWTError e) {
			Label missing = new Label(tabs, SWT.WRAP);
			missing.setText("The HTML preview needs WebKitGTK (package libwebkit2gtk-4.1-0): " + e.getMessage());
			htmlTab.setControl(missing);
		}
		tabs.setSelection(textTab);
		unlisten = session.listen(change -> schedule());
		schedule();
	}

	private void schedule() {
		Display display = text.getDisplay();
		display.timerExec(-1, renderSoon);
		display.timerExec(DEBOUNCE_MILLIS, renderSoon);
	}

	private void render() {
		if (text.isDisposed()) {
			return;
		}
		Report report = session.report().orElse(null);
		TemplateProvider template = session.template().orElse(null);
		if (report == null || template == null) {
			text.setText("");
			message.setText(report == null ? "No report open." : "The report's template '" + report.getTemplateId()
					+ "' is not installed.");
			return;
		}
		Report copy = EcoreUtil.copy(report);
		long mine = generation.incrementAndGet();
		renderThread.execute(() -> {
			String plain;
			String html;
			String problem = null;
			try {
				plain = templates.render(copy, template, OutputFormat.TEXT).text();
				html = browser == null ? null : templates.render(copy, template, OutputFormat.HTML).text();
			} catch (TemplateError e) {
				plain = null;
				html = null;
				problem = "Template error: " + e.describe();
			}
			String shownText = plain;
			String shownHtml = html;
			String shownProblem = problem;
			sync.asyncExec(() -> {
				if (text.isDisposed() || mine != generation.get()) {
					return;
				}
				if (shownProblem != null) {
					message.setText(shownProblem + " (the report itself is unchanged)");
				} else {
					message.setText("");
					int top = text.getTopIndex();
					text.setText(shownText);
					text.setTopIndex(top);
					if (browser != null && shownHtml != null) {
						browser.setText(shownHtml, false);
					}
				}
				message.getParent().layout();
			});
		});
	}

	@Focus
	public void setFocus() {
		text.setFocus();
	}

	@PreDestroy
	public void dispose() {
		if (unlisten != null) {
			unlisten.run();
		}
		renderThread.shutdownNow();
	}
}
