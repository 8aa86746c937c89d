package org.spinerad.ui.parts;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.spinerad.model.validation.Phase;
import org.spinerad.model.validation.Problem;
import org.spinerad.model.validation.Validation;
import org.spinerad.ui.Columns;
import org.spinerad.ui.WidgetIds;
import org.spinerad.ui.session.ReportSession;

/** Validation problems of the open report, kept current while editing; double-click (Enter) jumps to the field. */
public class ProblemsPart {

	/** Id of the part in the application model, also set on its root composite. */
	public static final String ID = "org.spinerad.ui.part.problems";

	@Inject
	ReportSession session;
	@Inject
	EPartService parts;

	private TableViewer viewer;
	private Runnable unlisten;
	private final Runnable validateSoon = this::validate;

	@PostConstruct
	public void createControls(Composite parent) {
		WidgetIds.tag(parent, ID);
		GridLayoutFactory.fillDefaults().applyTo(parent);
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		WidgetIds.tag(viewer.getTable(), ID + ".table");
		viewer.getTable().setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable());
		org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
		Columns.add(viewer, "Severity", 70, Problem.class, Problem::severityLabel);
		Columns.add(viewer, "Where", 260, Problem.class, Problem::location);
		Columns.add(viewer, "Problem", 520, Problem.class, Problem::message);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addOpenListener(e -> {
			Object selected = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
			if (selected instanceof Problem problem) {
				var part = parts.findPart(ReportPart.ID);
				if (part != null && part.getObject() instanceof ReportPart editor) {
					parts.activate(part, true);
					editor.reveal(problem.object(), problem.feature());
				}
			}
		});
		unlisten = session.listen(change -> {
			Display.getCurrent().timerExec(-1, validateSoon);
			Display.getCurrent().timerExec(300, validateSoon);
		});
		validate();
	}

	private void validate() {
		if (viewer.getTable().isDisposed()) {
			return;
		}
		List<Problem> problems = session.report().map(r -> Validation.validate(r, Phase.EDITING)).orElse(List.of());
		viewer.setInput(problems);
	}

	@Focus
	public void setFocus() {
		viewer.getTable().setFocus();
	}

	@PreDestroy
	public void dispose() {
		if (unlisten != null) {
			unlisten.run();
		}
	}
}
