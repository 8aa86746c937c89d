package org.spinerad.ui.admin.internal;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.AnnotationPainter;
import org.eclipse.jface.text.source.IAnnotationAccess;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.jface.text.source.VerticalRuler;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.spinerad.samples.SampleCases;
import org.spinerad.templates.OutputFormat;
import org.spinerad.templates.TemplateError;
import org.spinerad.templates.TemplateProvider;
import org.spinerad.templates.TemplateService;
import org.spinerad.ui.UserIdentity;
import org.spinerad.ui.WidgetIds;

/**
 * FreeMarker editor for admins: syntax colouring, error markers at the line and
 * column FreeMarker reports, a live preview against any example case, and
 * check, publish, diff and revert.
 */
public class TemplateEditorPart {

	public static final String ID = "org.spinerad.ui.admin.part.editor";
	static final String ERROR_TYPE = "org.spinerad.ui.admin.error";

	@Inject
	TemplateService service;
	@Inject
	UserIdentity user;
	@Inject
	UISynchronize sync;

	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "spinerad-template-preview");
		t.setDaemon(true);
		return t;
	});
	private final AtomicLong generation = new AtomicLong();
	private TemplateProvider template;
	private Combo file;
	private Combo example;
	private Label status;
	private Label error;
	private SourceViewer viewer;
	private IDocument document;
	private AnnotationModel annotations;
	private StyledText preview;
	private final Runnable previewSoon = this::preview;

	@PostConstruct
	public void createControls(Composite parent) {
		WidgetIds.tag(parent, ID);
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(8).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		file = WidgetIds.tag(new Combo(bar, SWT.READ_ONLY), ID + ".file");
		file.setItems(OutputFormat.TEXT.templateName(), OutputFormat.HTML.templateName());
		file.select(0);
		file.addListener(SWT.Selection, e -> load());
		example = WidgetIds.tag(new Combo(bar, SWT.READ_ONLY), ID + ".example");
		example.setItems(SampleCases.IDS.toArray(String[]::new));
		example.select(0);
		example.setToolTipText("Example case the preview renders");
		example.addListener(SWT.Selection, e -> schedulePreview());
		button(bar, "&Check", "check", this::check);
		button(bar, "&Publish", "publish", this::publish);
		button(bar, "&Diff", "diff", this::diff);
		button(bar, "Re&vert", "revert", this::revert);
		status = WidgetIds.tag(new Label(bar, SWT.NONE), ID + ".status");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(status);
		error = WidgetIds.tag(new Label(parent, SWT.WRAP), ID + ".error");
		error.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(error);
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		viewer = new SourceViewer(sash, new VerticalRuler(12), SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		WidgetIds.tag(viewer.getTextWidget(), ID + ".source");
		viewer.getTextWidget().setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
		PresentationReconciler reconciler = new PresentationReconciler();
		DefaultDamagerRepairer repairer = new DefaultDamagerRepairer(new FreeMarkerScanner(parent.getDisplay()));
		reconciler.setDamager(repairer, IDocument.DEFAULT_CONTENT_TYPE);
		reconciler.setRepairer(repairer, IDocument.DEFAULT_CONTENT_TYPE);
		reconciler.install(viewer);
		document = new Document("");
		annotations = new AnnotationModel();
		viewer.setDocument(document, annotations);
		IAnnotationAccess access = new IAnnotationAccess() {
			@Override
			public Object getType(Annotation annotation) {
				return annotation.getType();
			}

			@Override
			public boolean isMultiLine(Annotation annotation) {
				return false;
			}

			@Override
			public boolean isTemporary(Annotation annotation) {
				return true;
			}
		};
		AnnotationPainter painter = new AnnotationPainter(viewer, access);
		painter.addAnnotationType(ERROR_TYPE);
		painter.setAnnotationTypeColor(ERROR_TYPE, parent.getDisplay().getSystemColor(SWT.COLOR_RED));
		viewer.addPainter(painter);
		viewer.addTextListener(e -> schedulePreview());
		preview = WidgetIds.tag(new StyledText(sash, SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER | SWT.WRAP), ID + ".preview");
		preview.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
		sash.setWeights(60, 40);
		status.setText("Select a template in the list.");
	}

	private void button(Composite bar, String label, String id, Runnable action) {
		Button button = WidgetIds.tag(new Button(bar, SWT.PUSH), ID + "." + id);
		button.setText(label);
		button.addListener(SWT.Selection, e -> action.run());
	}

	@Inject
	@Optional
	void selected(@Named(IServiceConstants.ACTIVE_SELECTION) TemplateProvider selected) {
		if (selected != null && selected != template && viewer != null) {
			template = selected;
			load();
		}
	}

	/** Opens a template for editing (also used by tests). */
	public void open(TemplateProvider provider) {
		template = provider;
		load();
	}

	private void load() {
		if (template == null) {
			return;
		}
		try {
			document.set(service.source(template, name()));
			status.setText(template.label() + " " + service.effectiveVersion(template) + " (" + service.origin(template, name()) + ")");
		} catch (TemplateError e) {
			error.setText(e.describe());
		}
	}

	private String name() {
		return file.getText();
	}

	/** @return the source in the editor */
	public String source() {
		return document.get();
	}

	private void schedulePreview() {
		Display display = preview.getDisplay();
		display.timerExec(-1, previewSoon);
		display.timerExec(300, previewSoon);
	}

	private void preview() {
		if (template == null || preview.isDisposed()) {
			return;
		}
		String source = document.get();
		String name = name();
		String caseId = example.getText();
		TemplateProvider current = template;
		OutputFormat format = name.equals(OutputFormat.HTML.templateName()) ? OutputFormat.HTML : OutputFormat.TEXT;
		long mine = generation.incrementAndGet();
		worker.execute(() -> {
			String text = null;
			TemplateError failure = null;
			try {
				text = service.preview(SampleCases.load(caseId), current, name, source, format).text();
			} catch (TemplateError e) {
				failure = e;
			}
			String shown = text;
			TemplateError shownError = failure;
			sync.asyncExec(() -> {
				if (preview.isDisposed() || mine != generation.get()) {
					return;
				}
				mark(shownError);
				if (shown != null) {
					preview.setText(shown);
				}
			});
		});
	}

	/** Shows an error as a marker at its line and column, or clears the markers. */
	private void mark(TemplateError failure) {
		annotations.removeAllAnnotations();
		if (failure == null) {
			error.setText("");
			error.getParent().layout();
			return;
		}
		error.setText(failure.describe());
		if (failure.line() > 0 && failure.templateName() != null && failure.templateName().endsWith(name())) {
			try {
				int offset = document.getLineOffset(Math.min(failure.line(), document.getNumberOfLines()) - 1)
						+ Math.max(0, failure.column() - 1);
				offset = Math.min(offset, Math.max(0, document.getLength() - 1));
				int length = Math.max(1, Math.min(8, document.getLength() - offset));
				annotations.addAnnotation(new Annotation(ERROR_TYPE, false, failure.getMessage()), new Position(offset, length));
			} catch (BadLocationException e) {
				// the marker is only an aid; the message above says where
			}
		}
		error.getParent().layout();
	}

	/** @return the number of error markers shown (for tests) */
	public int markerCount() {
		int count = 0;
		for (var it = annotations.getAnnotationIterator(); it.hasNext(); it.next()) {
			count++;
		}
		return count;
	}

	private void check() {
		if (template == null) {
			return;
		}
		List<String> problems = service.check(template, name(), document.get());
		MessageDialog.openInformation(preview.getShell(), "Check",
				problems.isEmpty() ? "The template parses and renders every example case." : String.join("\n", problems.subList(0, Math.min(12, problems.size()))));
	}

	private void publish() {
		if (template == null) {
			return;
		}
		String author = user.require(preview.getShell()).orElse(null);
		if (author == null) {
			return;
		}
		try {
			String version = service.publish(template, name(), document.get(), author);
			status.setText(template.label() + " " + version + " (department)");
			MessageDialog.openInformation(preview.getShell(), "Published", "Published as version " + version
					+ ". Reports rendered from now on record this version.");
		} catch (TemplateError e) {
			MessageDialog.openError(preview.getShell(), "Not published", e.describe());
		}
	}

	private void diff() {
		if (template == null) {
			return;
		}
		try {
			String diff = service.diff(template, name());
			MessageDialog.openInformation(preview.getShell(), "Difference from the shipped template",
					diff.isEmpty() ? "The file in effect is the shipped template." : diff);
		} catch (TemplateError e) {
			MessageDialog.openError(preview.getShell(), "Diff", e.describe());
		}
	}

	private void revert() {
		if (template == null || !MessageDialog.openConfirm(preview.getShell(), "Revert",
				"Restore the shipped " + name() + "? The published history is kept.")) {
			return;
		}
		try {
			service.revert(template, name());
			load();
		} catch (TemplateError e) {
			MessageDialog.openError(preview.getShell(), "Revert", e.describe());
		}
	}

	@Focus
	public void setFocus() {
		viewer.getTextWidget().setFocus();
	}

	@PreDestroy
	public void dispose() {
		worker.shutdownNow();
	}
}
